/**
 * The scenario form: text as typed ↔ the scenario's settings. Planners type dollars and percentages; the engine takes
 * integer cents and shares. The same parse runs in the browser on every keystroke (live recompute) and in the save
 * action, so both show the same message next to the same field. Errors name the form's inputs, never engine paths.
 */
import type { Locale } from '../locale';
import { formatNumber } from '../../format';
import { parseDecimal, parseDollarsToCents } from './decimal-text';
import { FACTOR_IDS, type FactorId } from './factors';
import { floorCents } from './limits';
import { OPTIMISER_OBJECTIVES } from './optimiser-options';
import { DEFAULT_SETTINGS, type ScenarioSettings } from './scenario-settings';
import type { FieldError, Validation } from '../result';
import type { AllocationServiceInput } from './types';
import { validateParameters } from './validate';
import { MESSAGES } from './validation-messages';

export const FORM_FIELDS = [
	'name',
	'budget',
	'eligibility',
	'floor_kind',
	'floor_amount',
	'floor_share',
	'formula_share',
	...FACTOR_IDS.map((id) => `weight_${id}` as const),
	'cap_kind',
	'cap_amount',
	'cap_share',
	'damping',
	'rounding',
	'objective',
	'investigator_cost',
	'examiner_cost',
	'examiner_share',
	'increment'
] as const;
export type FormField = (typeof FORM_FIELDS)[number];
/** Everything as typed. */
export type FormValues = Record<FormField, string>;
/** A field, or `weights` for the weights as a whole (their sum). */
export type FormErrorField = FormField | 'weights';

export const weightField = (id: FactorId): FormField => `weight_${id}`;

const error = (field: FormErrorField, message: { en: string; fr: string }): FieldError => ({ field, message: message.en, message_fr: message.fr });
const PERCENT_RANGE = { en: 'Enter a percentage between 0 and 100.', fr: 'Entrez un pourcentage entre 0 et 100.' };
const AMOUNT = { en: 'Enter an amount in dollars, to the cent.', fr: 'Entrez un montant en dollars, au cent près.' };

/** Reads the typed text into numbers, collecting one message per field. */
class Reader {
	errors: FieldError[] = [];
	readonly values: FormValues;
	readonly locale: Locale;
	constructor(values: FormValues, locale: Locale) {
		this.values = values;
		this.locale = locale;
	}
	cents(field: FormField): number {
		const cents = parseDollarsToCents(this.values[field], this.locale);
		if (cents === null) this.errors.push(error(field, this.values[field].trim() === '' ? MESSAGES.required : AMOUNT));
		return cents ?? 0;
	}
	share(field: FormField): number {
		const percent = parseDecimal(this.values[field], this.locale);
		if (percent === null || percent < 0 || percent > 100) this.errors.push(error(field, PERCENT_RANGE));
		return (percent ?? 0) / 100;
	}
	choice<T extends string>(field: FormField, options: readonly T[], message: { en: string; fr: string }): T {
		const value = this.values[field];
		const chosen = options.find((option) => option === value);
		if (chosen === undefined) this.errors.push(error(field, message));
		return chosen ?? (options[0] as T);
	}
}

/** Where an engine error (or an infeasibility, infeasibility-fields.ts) belongs on the form. */
export function formFieldOf(field: string, values: FormValues): FormErrorField {
	if (field === 'budget_cents') return 'budget';
	if (field.startsWith('floor')) return values.floor_kind === 'cents' ? 'floor_amount' : 'floor_share';
	if (field.startsWith('cap')) return values.cap_kind === 'cents' ? 'cap_amount' : 'cap_share';
	if (field.startsWith('weights.')) return weightField(field.slice('weights.'.length) as FactorId);
	if (field === 'rounding_cents') return 'rounding';
	return (FORM_FIELDS as readonly string[]).includes(field) || field === 'weights' ? (field as FormErrorField) : 'budget';
}

/** The form's settings, or every error. `name` is checked by the caller (saving needs it, the live preview does not). */
export function parseScenarioForm(
	values: FormValues,
	locale: Locale,
	services: readonly AllocationServiceInput[]
): Validation<ScenarioSettings> {
	const read = new Reader(values, locale);
	const floorKind = read.choice('floor_kind', ['share', 'cents'] as const, MESSAGES.floorKind);
	const capKind = read.choice('cap_kind', ['none', 'share', 'cents'] as const, MESSAGES.capKind);
	const weights = Object.fromEntries(FACTOR_IDS.map((id) => [id, read.share(weightField(id))])) as Record<FactorId, number>;
	const percentSum = FACTOR_IDS.reduce((sum, id) => sum + weights[id] * 100, 0);
	const damping = values.damping.trim() === '' ? null : read.share('damping');
	const candidate = {
		budget_cents: read.cents('budget'),
		eligibility: values.eligibility,
		floor: floorKind === 'cents' ? { kind: 'cents', cents: read.cents('floor_amount') } : { kind: 'share', share: read.share('floor_share') },
		formula_share: read.share('formula_share'),
		weights,
		cap:
			capKind === 'none' ? { kind: 'none' }
			: capKind === 'cents' ? { kind: 'cents', cents: read.cents('cap_amount') }
			: { kind: 'share', share: read.share('cap_share') },
		damping,
		rounding_cents: Number(values.rounding)
	};
	const conversion = {
		investigator_fte_cents: read.cents('investigator_cost'),
		forensic_examiner_fte_cents: read.cents('examiner_cost'),
		forensic_examiner_share: read.share('examiner_share'),
		increment_fte: Number(read.choice('increment', ['0.5', '1', '0'] as const, MESSAGES.increment))
	};
	const objective = read.choice('objective', OPTIMISER_OBJECTIVES, MESSAGES.objective);
	const errors = [...read.errors];
	const weightsOk = Math.abs(percentSum - 100) <= 1e-7;
	if (!weightsOk) {
		const sum = formatNumber(percentSum, locale, 2);
		errors.push({
			field: 'weights',
			message: `The weights must add up to 100 %; they add up to ${sum} %.`,
			message_fr: `La somme des poids doit être de 100 %; elle est de ${sum} %.`
		});
	}
	for (const [field, cost] of [['investigator_cost', conversion.investigator_fte_cents], ['examiner_cost', conversion.forensic_examiner_fte_cents]] as const) {
		if (cost <= 0 && !errors.some((e) => e.field === field)) errors.push(error(field, MESSAGES.positive));
	}
	const checked = validateParameters(candidate, services);
	if (!checked.ok) {
		const seen = new Set(errors.map((e) => e.field));
		for (const engineError of checked.errors) {
			const field = formFieldOf(engineError.field, values);
			// The percent sum message above says the same as the engine's, in the form's units.
			if (seen.has(field) || (field === 'weights' && !weightsOk)) continue;
			seen.add(field);
			errors.push({ ...engineError, field });
		}
	}
	if (errors.length > 0 || !checked.ok) return { ok: false, errors };
	return { ok: true, value: { parameters: checked.value, conversion, objective } };
}

/** The form filled in with saved (or default) settings, numbers written the way the reader's locale writes them. */
export function formValuesOf(settings: ScenarioSettings = DEFAULT_SETTINGS, name: string, locale: Locale): FormValues {
	const { parameters: p, conversion: c } = settings;
	const dollars = (cents: number) => formatNumber(cents / 100, locale, 2);
	const percent = (share: number) => formatNumber(share * 100, locale, 4);
	const weights = Object.fromEntries(FACTOR_IDS.map((id) => [weightField(id), percent(p.weights[id])]));
	return {
		name,
		budget: dollars(p.budget_cents),
		eligibility: p.eligibility,
		floor_kind: p.floor.kind,
		// Both units filled in, so switching the floor's kind starts from the same amount.
		floor_amount: dollars(floorCents(p.floor, p.budget_cents)),
		floor_share: percent(floorCents(p.floor, p.budget_cents) / p.budget_cents),
		formula_share: percent(p.formula_share),
		...(weights as Record<`weight_${FactorId}`, string>),
		cap_kind: p.cap.kind,
		cap_amount: p.cap.kind === 'cents' ? dollars(p.cap.cents) : '',
		cap_share: p.cap.kind === 'share' ? percent(p.cap.share) : '',
		damping: p.damping === null ? '' : percent(p.damping),
		rounding: String(p.rounding_cents),
		objective: settings.objective,
		investigator_cost: dollars(c.investigator_fte_cents),
		examiner_cost: dollars(c.forensic_examiner_fte_cents),
		examiner_share: percent(c.forensic_examiner_share),
		increment: String(c.increment_fte)
	};
}

/** The form's text from a submitted FormData (missing inputs read as blank). */
export function formValuesFrom(data: FormData): FormValues {
	return Object.fromEntries(FORM_FIELDS.map((field) => [field, String(data.get(field) ?? '')])) as FormValues;
}
