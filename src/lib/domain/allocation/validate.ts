/**
 * Checking a planner's parameters: a valibot schema for the shape (shared by the API and the form), then the checks that
 * need several fields at once. Bad input is answered with a list of { field, message }, never with an exception.
 */
import * as v from 'valibot';
import { countEligible, countRecipients, REMOVED_ELIGIBILITY_RULES } from './eligibility';
import { FACTOR_IDS, REMOVED_FACTORS, isFactorId, zeroWeights } from './factors';
import { capCents, floorCents } from './limits';
import { centsEn, centsFr } from './money-text';
import {
	ELIGIBILITY_RULES,
	ROUNDING_UNITS_CENTS,
	type AllocationParameters,
	type AllocationServiceInput
} from './types';
import type { FieldError, Validation } from '../result';
import { MESSAGES, frenchFor } from './validation-messages';

/** $1 trillion: far above any plausible budget, and small enough that sums of cents stay exact in a Number. */
export const MAX_BUDGET_CENTS = 1e14;
/** "Weights must sum to 1", allowing only floating-point noise. */
export const WEIGHT_SUM_TOLERANCE = 1e-9;

const finiteNumber = () => v.pipe(v.number(MESSAGES.number.en), v.finite(MESSAGES.number.en));
const nonNegative = () => v.pipe(finiteNumber(), v.minValue(0, MESSAGES.negative.en));
const cents = () => v.pipe(nonNegative(), v.integer(MESSAGES.wholeCents.en));
const share = () => v.pipe(finiteNumber(), v.minValue(0, MESSAGES.share.en), v.maxValue(1, MESSAGES.share.en));
const kind = <const K extends string>(name: K) => v.literal(name);

export const allocationParametersSchema = v.object(
	{
		budget_cents: v.pipe(
			cents(),
			v.minValue(1, MESSAGES.budgetPositive.en),
			v.maxValue(MAX_BUDGET_CENTS, MESSAGES.budgetTooLarge.en)
		),
		eligibility: v.picklist(ELIGIBILITY_RULES, MESSAGES.eligibility.en),
		floor: v.variant(
			'kind',
			[
				v.object({ kind: kind('cents'), cents: cents() }, MESSAGES.notAnObject.en),
				v.object({ kind: kind('share'), share: share() }, MESSAGES.notAnObject.en)
			],
			MESSAGES.floorKind.en
		),
		formula_share: share(),
		weights: v.record(v.string(), nonNegative(), MESSAGES.weightsObject.en),
		cap: v.variant(
			'kind',
			[
				v.object({ kind: kind('none') }, MESSAGES.notAnObject.en),
				v.object({ kind: kind('cents'), cents: cents() }, MESSAGES.notAnObject.en),
				v.object({ kind: kind('share'), share: share() }, MESSAGES.notAnObject.en)
			],
			MESSAGES.capKind.en
		),
		damping: v.nullable(nonNegative()),
		rounding_cents: v.picklist(ROUNDING_UNITS_CENTS, MESSAGES.rounding.en)
	},
	MESSAGES.notAnObject.en
);

type ParsedParameters = v.InferOutput<typeof allocationParametersSchema>;

/** `weights.population`, `services[3].children`: array indexes in brackets, as the form names its inputs. */
function fieldOf(issue: v.BaseIssue<unknown>, prefix: string): string {
	let field = prefix;
	for (const item of issue.path ?? []) {
		const key = item.key;
		if (typeof key === 'number') field += `[${key}]`;
		else if (typeof key === 'string') field += field === '' ? key : `.${key}`;
	}
	return field;
}

/**
 * valibot issues → field errors, the first per field (a form shows one message per input). A missing key is reported
 * by its parent with `input` undefined: say "required".
 */
export function issuesToErrors(issues: readonly v.BaseIssue<unknown>[], prefix = ''): FieldError[] {
	const errors: FieldError[] = [];
	const seen = new Set<string>();
	for (const issue of issues) {
		const field = fieldOf(issue, prefix);
		if (seen.has(field)) continue;
		seen.add(field);
		const message = issue.input === undefined ? MESSAGES.required.en : issue.message;
		const message_fr = frenchFor(message);
		errors.push(message_fr === undefined ? { field, message } : { field, message, message_fr });
	}
	return errors;
}

/**
 * Checks the shape, then the cross-field rules. Pass the services to also check the rules that depend on how many are
 * eligible (floors within the budget, caps able to hold it).
 */
export function validateParameters(
	input: unknown,
	services?: readonly AllocationServiceInput[]
): Validation<AllocationParameters> {
	const removed = removedRule(input);
	if (removed !== null) return { ok: false, errors: [removed] };
	const parsed = v.safeParse(allocationParametersSchema, input);
	if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.issues) };
	const errors = crossFieldErrors(parsed.output, services);
	if (errors.length > 0) return { ok: false, errors };
	const weights = zeroWeights();
	for (const id of FACTOR_IDS) weights[id] = parsed.output.weights[id] ?? 0;
	return { ok: true, value: { ...parsed.output, weights } };
}

/** A withdrawn eligibility rule, named with why it went, rather than "choose one of" (eligibility.ts). */
function removedRule(input: unknown): FieldError | null {
	if (typeof input !== 'object' || input === null) return null;
	const rule = (input as { eligibility?: unknown }).eligibility;
	const removed = typeof rule === 'string' && Object.hasOwn(REMOVED_ELIGIBILITY_RULES, rule) ? REMOVED_ELIGIBILITY_RULES[rule] : undefined;
	return removed === undefined ? null : { field: 'eligibility', message: removed.en, message_fr: removed.fr };
}

/** Six decimals: enough to retype, short enough to read. */
function roundWeight(weight: number): number {
	return Math.round(weight * 1e6) / 1e6;
}

function crossFieldErrors(params: ParsedParameters, services?: readonly AllocationServiceInput[]): FieldError[] {
	const errors: FieldError[] = [];
	let weightSum = 0;
	for (const [id, weight] of Object.entries(params.weights)) {
		const removed = REMOVED_FACTORS[id];
		if (removed !== undefined) {
			errors.push({ field: `weights.${id}`, message: removed.en, message_fr: removed.fr });
		} else if (!isFactorId(id)) {
			errors.push({
				field: `weights.${id}`,
				message: `Unknown factor "${id}". Factors are: ${FACTOR_IDS.join(', ')}.`,
				message_fr: `Facteur inconnu « ${id} ». Les facteurs sont : ${FACTOR_IDS.join(', ')}.`
			});
		} else weightSum += weight;
	}
	if (Math.abs(weightSum - 1) > WEIGHT_SUM_TOLERANCE) {
		// Say what would work: the same weights scaled to sum to 1 (or, when all are zero, any one factor at 1).
		const scaled =
			weightSum > 0
				? FACTOR_IDS.map((id) => `${id} ${roundWeight((params.weights[id] ?? 0) / weightSum)}`).join(', ')
				: null;
		errors.push({
			field: 'weights',
			message:
				`The weights must sum to 1; they sum to ${roundWeight(weightSum)}. ` +
				(scaled === null ? 'Give at least one factor a weight.' : `Scaled to sum to 1 they would be: ${scaled}.`),
			message_fr:
				`La somme des poids doit être 1; elle est de ${roundWeight(weightSum)}. ` +
				(scaled === null ? 'Donnez un poids à au moins un facteur.' : `Ramenés à une somme de 1, ils seraient : ${scaled}.`)
		});
	}
	const floor = floorCents(params.floor, params.budget_cents);
	const cap = capCents(params.cap, params.budget_cents);
	if (params.cap.kind !== 'none' && cap < floor) {
		errors.push({
			field: 'cap',
			message: `The cap (${centsEn(cap)}) is below the floor (${centsEn(floor)}). Set the cap to at least ${centsEn(floor)}, or the floor to at most ${centsEn(cap)}.`,
			message_fr: `Le plafond (${centsFr(cap)}) est inférieur au plancher (${centsFr(floor)}). Fixez le plafond à au moins ${centsFr(floor)}, ou le plancher à au plus ${centsFr(cap)}.`
		});
	}
	if (services !== undefined) errors.push(...eligibleCountErrors(params, services, floor, cap));
	return errors;
}

function eligibleCountErrors(
	params: ParsedParameters,
	services: readonly AllocationServiceInput[],
	floor: number,
	cap: number
): FieldError[] {
	const count = countEligible(services, params.eligibility);
	const budget = params.budget_cents;
	if (count === 0) {
		return [
			{
				field: 'eligibility',
				message: 'No service is eligible under this rule.',
				message_fr: 'Aucun service n’est admissible selon cette règle.'
			}
		];
	}
	if (floor * count > budget) {
		const most = Math.floor(budget / count);
		return [
			{
				field: 'floor',
				message: `Floors of ${centsEn(floor)} for ${count} eligible services come to ${centsEn(floor * count)}, more than the budget of ${centsEn(budget)}. A floor of at most ${centsEn(most)} would work.`,
				message_fr: `Des planchers de ${centsFr(floor)} pour ${count} services admissibles totalisent ${centsFr(floor * count)}, plus que le budget de ${centsFr(budget)}. Un plancher d’au plus ${centsFr(most)} conviendrait.`
			}
		];
	}
	// The assisted-communities line is capped like any recipient (it has no floor).
	const recipients = countRecipients(services, params.eligibility);
	if (cap * recipients < budget) {
		const least = Math.ceil(budget / recipients);
		return [
			{
				field: 'cap',
				message: `Caps of ${centsEn(cap)} for ${recipients} recipients hold only ${centsEn(cap * recipients)} of the budget of ${centsEn(budget)}. A cap of at least ${centsEn(least)} would work.`,
				message_fr: `Des plafonds de ${centsFr(cap)} pour ${recipients} bénéficiaires ne retiennent que ${centsFr(cap * recipients)} du budget de ${centsFr(budget)}. Un plafond d’au moins ${centsFr(least)} conviendrait.`
			}
		];
	}
	return [];
}
