/**
 * A new Project P request as the API body or the draft form gives it, checked field by field so every
 * problem is reported at once and named (issue 7, deliverable 7). Whether the community exists and the
 * requester may file for it is the server's check (server/project-p/file-request.ts).
 */
import type { Validation } from '../result';
import { checkFreeText } from './description';
import { hasAtMostDecimals, readDecimal } from './numbers';
import {
	fieldError,
	isRequestKind,
	isUrgency,
	REQUEST_KINDS,
	URGENCIES,
	WORKLOAD_MAX_FTE_WEEKS,
	WORKLOAD_MIN_FTE_WEEKS,
	type FieldError,
	type RequestKind,
	type Urgency
} from './vocabulary';

export const NEW_REQUEST_FIELDS = ['csduid', 'kind', 'urgency', 'expected_fte_weeks', 'description'] as const;

export interface NewRequestInput {
	csduid: string;
	kind: RequestKind;
	urgency: Urgency;
	/** Null: the requester did not estimate it. */
	expected_fte_weeks: number | null;
	description: string;
}

export type Checked<T> = Validation<T, FieldError>;

const CSDUID = /^35\d{5}$/;

function oneOf(field: string, allowed: readonly string[]): FieldError {
	return fieldError(field, `must be one of ${allowed.join(', ')}.`, `doit être l’une des valeurs ${allowed.join(', ')}.`);
}

function readWorkload(value: unknown): { value: number | null; errors: FieldError[] } {
	if (value === undefined || value === null || value === '') return { value: null, errors: [] };
	const number = readDecimal(value);
	const range = `${WORKLOAD_MIN_FTE_WEEKS}–${WORKLOAD_MAX_FTE_WEEKS}`;
	if (number === null || number < WORKLOAD_MIN_FTE_WEEKS || number > WORKLOAD_MAX_FTE_WEEKS || !hasAtMostDecimals(number, 1)) {
		return {
			value: null,
			errors: [
				fieldError(
					'expected_fte_weeks',
					`a number of FTE-weeks from ${range}, with at most one decimal (e.g. 6.5).`,
					`un nombre de semaines-ETP de ${range.replace('.', ',')}, avec au plus une décimale (p. ex. 6,5).`
				)
			]
		};
	}
	return { value: number, errors: [] };
}

/** Checks a body (JSON object or form fields). Unknown fields are errors, so a misspelt one is never ignored. */
export function checkNewRequest(body: Readonly<Record<string, unknown>>): Checked<NewRequestInput> {
	const errors: FieldError[] = Object.keys(body)
		.filter((key) => !(NEW_REQUEST_FIELDS as readonly string[]).includes(key))
		.map((key) => fieldError(key, `unknown field (expected ${NEW_REQUEST_FIELDS.join(', ')}).`, `champ inconnu (attendus : ${NEW_REQUEST_FIELDS.join(', ')}).`));
	const csduid = typeof body.csduid === 'string' ? body.csduid.trim() : '';
	if (!CSDUID.test(csduid)) {
		errors.push(fieldError('csduid', 'a 7-digit Ontario census subdivision code (35xxxxx) is required.', 'un code de subdivision de recensement de l’Ontario à 7 chiffres (35xxxxx) est obligatoire.'));
	}
	if (!isRequestKind(body.kind)) errors.push(oneOf('kind', REQUEST_KINDS));
	if (!isUrgency(body.urgency)) errors.push(oneOf('urgency', URGENCIES));
	const workload = readWorkload(body.expected_fte_weeks);
	errors.push(...workload.errors, ...checkFreeText('description', body.description));
	if (errors.length > 0 || !isRequestKind(body.kind) || !isUrgency(body.urgency) || typeof body.description !== 'string') {
		return { ok: false, errors };
	}
	return {
		ok: true,
		value: { csduid, kind: body.kind, urgency: body.urgency, expected_fte_weeks: workload.value, description: body.description.trim() }
	};
}
