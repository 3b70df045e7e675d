/**
 * The flat JSON body of `POST /api/allocations/compute` (and of `POST /api/allocations`, which adds `name`) mapped to
 * the engine's typed parameters (types.ts). The body names floors and caps by unit (`floor_cents` or `floor_share`,
 * `cap_cents` or `cap_share`) where the engine has tagged unions; field errors come back under the body's own names,
 * so a client can point at what it sent. A field left out takes its default (defaults.ts); unknown fields are errors,
 * so a misspelt `budget` is never silently replaced by the default budget.
 */
import { DEFAULT_PARAMETERS } from './defaults';
import type { FieldError, Validation } from '../result';
import type { AllocationParameters, AllocationServiceInput } from './types';
import { validateParameters } from './validate';
import { MESSAGES } from './validation-messages';
import { isPeriodKey } from '../period';

export const COMPUTE_BODY_FIELDS = [
	'budget_cents',
	'eligibility',
	'floor_cents',
	'floor_share',
	'formula_share',
	'weights',
	'cap_cents',
	'cap_share',
	'damping',
	'rounding_cents',
	'period',
	'name'
] as const;
type BodyField = (typeof COMPUTE_BODY_FIELDS)[number];

export type ComputeBody = {
	/** Not yet checked: `checkComputeParameters` does that against the period's services. */
	candidate: Record<keyof AllocationParameters, unknown>;
	/** null: the latest quarter with data. */
	period: string | null;
	/** Present only when the body gave one (scenario creation); checked by the caller. */
	name: unknown;
	/** Which unit the body used for the floor and the cap, to name their errors. */
	floorField: 'floor_cents' | 'floor_share';
	capField: 'cap_cents' | 'cap_share' | null;
};

const isField = (key: string): key is BodyField => (COMPUTE_BODY_FIELDS as readonly string[]).includes(key);

function error(field: string, en: string, fr: string): FieldError {
	return { field, message: en, message_fr: fr };
}

function bothGiven(a: string, b: string): FieldError {
	return error(a, `Give ${a} or ${b}, not both.`, `Indiquez ${a} ou ${b}, pas les deux.`);
}

/** Reads the body's shape; values are checked by `checkComputeParameters`. */
export function readComputeBody(body: unknown): Validation<ComputeBody> {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		return { ok: false, errors: [error('body', MESSAGES.notAnObject.en, MESSAGES.notAnObject.fr)] };
	}
	const fields = body as Record<string, unknown>;
	const errors: FieldError[] = Object.keys(fields)
		.filter((key) => !isField(key))
		.map((key) =>
			error(key, `Unknown field. Fields are: ${COMPUTE_BODY_FIELDS.join(', ')}.`, `Champ inconnu. Les champs sont : ${COMPUTE_BODY_FIELDS.join(', ')}.`)
		);
	const given = (key: BodyField) => fields[key] !== undefined;
	if (given('floor_cents') && given('floor_share')) errors.push(bothGiven('floor_cents', 'floor_share'));
	if (given('cap_cents') && given('cap_share')) errors.push(bothGiven('cap_cents', 'cap_share'));
	const period = fields.period ?? null;
	if (period !== null && (typeof period !== 'string' || !isPeriodKey(period))) {
		errors.push(error('period', 'Give the quarter as YYYY-Qn, e.g. 2025-Q2.', 'Indiquez le trimestre sous la forme AAAA-Tn, p. ex. 2025-Q2.'));
	}
	if (errors.length > 0) return { ok: false, errors };

	const defaults = DEFAULT_PARAMETERS;
	const floor = given('floor_cents')
		? { kind: 'cents', cents: fields.floor_cents }
		: given('floor_share')
			? { kind: 'share', share: fields.floor_share }
			: defaults.floor;
	const cap = given('cap_cents')
		? { kind: 'cents', cents: fields.cap_cents }
		: given('cap_share')
			? { kind: 'share', share: fields.cap_share }
			: { kind: 'none' };
	const pick = <K extends keyof AllocationParameters>(key: K): unknown => (given(key as BodyField) ? fields[key] : defaults[key]);
	return {
		ok: true,
		value: {
			candidate: {
				budget_cents: pick('budget_cents'),
				eligibility: pick('eligibility'),
				floor,
				formula_share: pick('formula_share'),
				weights: pick('weights'),
				cap,
				// `damping: null` is "no damping"; left out, it is the default (±10 %).
				damping: fields.damping === undefined ? defaults.damping : fields.damping,
				rounding_cents: pick('rounding_cents')
			},
			period: typeof period === 'string' ? period : null,
			name: fields.name,
			floorField: given('floor_cents') ? 'floor_cents' : 'floor_share',
			capField: given('cap_cents') ? 'cap_cents' : given('cap_share') ? 'cap_share' : null
		}
	};
}

/** The engine's field path (`floor.cents`, `cap`, `weights.population`) under the body's name. */
export function bodyFieldOf(field: string, body: Pick<ComputeBody, 'floorField' | 'capField'>): string {
	if (field === 'floor' || field.startsWith('floor.')) return field === 'floor.share' ? 'floor_share' : field === 'floor.cents' ? 'floor_cents' : body.floorField;
	if (field === 'cap' || field.startsWith('cap.')) return field === 'cap.share' ? 'cap_share' : field === 'cap.cents' ? 'cap_cents' : (body.capField ?? 'cap_cents');
	return field;
}

/** validateParameters, with its errors renamed to the body's fields: the first message per field. */
export function checkComputeParameters(body: ComputeBody, services: readonly AllocationServiceInput[]): Validation<AllocationParameters> {
	const checked = validateParameters(body.candidate, services);
	if (checked.ok) return checked;
	const byField = new Map<string, FieldError>();
	for (const e of checked.errors) {
		const field = bodyFieldOf(e.field, body);
		if (!byField.has(field)) byField.set(field, { ...e, field });
	}
	return { ok: false, errors: [...byField.values()] };
}

/** The flat body for a set of parameters (what GET /api/allocations/{id} shows, and what the OpenAPI example uses). */
export function toComputeBody(parameters: AllocationParameters): Record<string, unknown> {
	const { floor, cap, ...rest } = parameters;
	return {
		...rest,
		...(floor.kind === 'cents' ? { floor_cents: floor.cents } : { floor_share: floor.share }),
		...(cap.kind === 'cents' ? { cap_cents: cap.cents } : cap.kind === 'share' ? { cap_share: cap.share } : {})
	};
}
