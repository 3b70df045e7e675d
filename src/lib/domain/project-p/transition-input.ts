/**
 * The body of a status change (`PATCH /api/project-p/requests/{id}`, and the request page's forms):
 * `status`, plus what that move needs (transitions.ts REQUIRES): `reason` to decline, `assignments`
 * (and optionally `period`) to assign. A field the move does not use is an error, not ignored.
 * Whether the move is allowed from the request's current status is checked against the stored row.
 */
import { isPeriodKey, type PeriodKey } from '../period';
import { checkFreeText } from './description';
import { hasAtMostDecimals, readDecimal } from './numbers';
import type { Checked } from './request-input';
import { REQUIRES } from './transitions';
import { fieldError, isRequestStatus, REASON_MAX_LENGTH, REQUEST_STATUSES, WEEKS_PER_QUARTER, type FieldError, type RequestStatus } from './vocabulary';

export interface AssignmentInput {
	member_id: string;
	/** Share of a full-time member for the quarter, 0.01–1: what the member's availability is checked against. */
	fte: number;
	/** The same commitment in FTE-weeks, the unit requests are asked in (a quarter is 13 weeks); derived from fte when absent. */
	fte_weeks?: number;
}

/** Smallest assignment in FTE-weeks: half a week, the smallest ask (vocabulary.ts WORKLOAD_MIN_FTE_WEEKS). */
export const ASSIGNMENT_MIN_FTE_WEEKS = 0.5;

/**
 * FTE-weeks to a share of the quarter, rounded to the hundredth the availability is kept in (so a member's
 * capacity check stays exact); 6.5 FTE-weeks is 0.5 FTE for the quarter.
 */
export function shareOfQuarter(fteWeeks: number): number {
	return Math.max(1, Math.min(100, Math.round((fteWeeks * 100) / WEEKS_PER_QUARTER))) / 100;
}

/** A share of the quarter in FTE-weeks, to the tenth of a week requests are asked in. */
export function fteWeeksOf(fte: number): number {
	return Math.round(fte * WEEKS_PER_QUARTER * 10) / 10;
}

export type TransitionInput =
	| { status: 'declined'; reason: string }
	| { status: 'assigned'; assignments: AssignmentInput[]; period: PeriodKey | null }
	| { status: Exclude<RequestStatus, 'declined' | 'assigned'> };

const FIELDS = ['status', 'reason', 'assignments', 'period'] as const;
/** The roster's staff codes (migration 2026_11_29_0004_imports), compared in upper case as stored. */
const MEMBER_ID = /^[A-Z0-9][A-Z0-9._-]{0,31}$/;
export const MAX_ASSIGNMENTS = 20;

function onlyWith(field: string, status: string): FieldError {
	return fieldError(field, `only goes with status ${status}.`, `ne s’emploie qu’avec le statut ${status}.`);
}

function checkAssignment(value: unknown, index: number, seen: Set<string>): { value: AssignmentInput | null; errors: FieldError[] } {
	const at = `assignments[${index}]`;
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return { value: null, errors: [fieldError(at, 'an object { member_id, fte_weeks } is required.', 'un objet { member_id, fte_weeks } est obligatoire.')] };
	}
	const entry = value as Record<string, unknown>;
	const errors: FieldError[] = [];
	const memberId = typeof entry.member_id === 'string' ? entry.member_id.trim().toUpperCase() : '';
	if (!MEMBER_ID.test(memberId)) errors.push(fieldError(`${at}.member_id`, 'a roster member id is required.', 'un identifiant de membre est obligatoire.'));
	else if (seen.has(memberId)) errors.push(fieldError(`${at}.member_id`, `${memberId} is listed twice.`, `${memberId} figure deux fois.`));
	seen.add(memberId);
	// FTE-weeks, like the request's ask; a share of the quarter (`fte`) is still read from older clients.
	if (entry.fte_weeks !== undefined && entry.fte !== undefined) {
		errors.push(fieldError(`${at}.fte_weeks`, 'give fte_weeks or fte, not both.', 'donnez fte_weeks ou fte, pas les deux.'));
		return { value: null, errors };
	}
	if (entry.fte === undefined) {
		const weeks = readDecimal(entry.fte_weeks);
		if (weeks === null || weeks < ASSIGNMENT_MIN_FTE_WEEKS || weeks > WEEKS_PER_QUARTER || !hasAtMostDecimals(weeks, 1)) {
			errors.push(
				fieldError(
					`${at}.fte_weeks`,
					`FTE-weeks in the quarter, from ${ASSIGNMENT_MIN_FTE_WEEKS} to ${WEEKS_PER_QUARTER}, with at most one decimal (e.g. 6.5 is half time for the quarter).`,
					`des semaines-ETP dans le trimestre, de 0,5 à ${WEEKS_PER_QUARTER}, avec au plus une décimale (p. ex. 6,5 est un mi-temps pour le trimestre).`
				)
			);
		}
		return errors.length > 0 || weeks === null ? { value: null, errors } : { value: { member_id: memberId, fte: shareOfQuarter(weeks), fte_weeks: weeks }, errors: [] };
	}
	const fte = readDecimal(entry.fte);
	if (fte === null || fte <= 0 || fte > 1 || !hasAtMostDecimals(fte, 2)) {
		errors.push(fieldError(`${at}.fte`, 'a share of full time above 0 and at most 1, with at most two decimals (e.g. 0.25).', 'une part de temps plein supérieure à 0 et d’au plus 1, avec au plus deux décimales (p. ex. 0,25).'));
	}
	return errors.length > 0 || fte === null ? { value: null, errors } : { value: { member_id: memberId, fte, fte_weeks: Math.max(0.1, fteWeeksOf(fte)) }, errors: [] };
}

function checkAssignments(value: unknown): { value: AssignmentInput[]; errors: FieldError[] } {
	if (!Array.isArray(value) || value.length === 0 || value.length > MAX_ASSIGNMENTS) {
		return { value: [], errors: [fieldError('assignments', `a list of 1 to ${MAX_ASSIGNMENTS} { member_id, fte_weeks } is required to assign.`, `une liste de 1 à ${MAX_ASSIGNMENTS} { member_id, fte_weeks } est obligatoire pour affecter.`)] };
	}
	const seen = new Set<string>();
	const checked = value.map((entry, index) => checkAssignment(entry, index, seen));
	return { value: checked.flatMap((c) => (c.value ? [c.value] : [])), errors: checked.flatMap((c) => c.errors) };
}

export function checkTransitionInput(body: Readonly<Record<string, unknown>>): Checked<TransitionInput> {
	const errors: FieldError[] = Object.keys(body)
		.filter((key) => !(FIELDS as readonly string[]).includes(key))
		.map((key) => fieldError(key, `unknown field (expected ${FIELDS.join(', ')}).`, `champ inconnu (attendus : ${FIELDS.join(', ')}).`));
	const status = body.status;
	if (!isRequestStatus(status)) {
		errors.push(fieldError('status', `must be one of ${REQUEST_STATUSES.join(', ')}.`, `doit être l’une des valeurs ${REQUEST_STATUSES.join(', ')}.`));
		return { ok: false, errors };
	}
	const needs = REQUIRES[status];
	if (needs !== 'reason' && body.reason !== undefined) errors.push(onlyWith('reason', 'declined'));
	if (needs !== 'assignments' && body.assignments !== undefined) errors.push(onlyWith('assignments', 'assigned'));
	if (needs !== 'assignments' && body.period !== undefined) errors.push(onlyWith('period', 'assigned'));
	if (status === 'declined') {
		errors.push(...checkFreeText('reason', body.reason, REASON_MAX_LENGTH));
		return errors.length > 0 || typeof body.reason !== 'string' ? { ok: false, errors } : { ok: true, value: { status, reason: body.reason.trim() } };
	}
	if (status === 'assigned') {
		const assignments = checkAssignments(body.assignments);
		errors.push(...assignments.errors);
		const period = body.period === undefined || body.period === null || body.period === '' ? null : body.period;
		if (period !== null && (typeof period !== 'string' || !isPeriodKey(period))) {
			errors.push(fieldError('period', 'a quarter YYYY-Qn (fiscal year start, e.g. 2026-Q3).', 'un trimestre AAAA-Tn au format YYYY-Qn (début d’exercice, p. ex. 2026-Q3).'));
		}
		if (errors.length > 0) return { ok: false, errors };
		return { ok: true, value: { status, assignments: assignments.value, period: period as PeriodKey | null } };
	}
	return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { status } };
}
