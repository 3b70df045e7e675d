/**
 * What a Project P change answers: done, or refused with an HTTP-like status and the fields at fault.
 * The API turns a refusal into its JSON error (answers.ts), the pages into form errors; nothing is
 * written when a change is refused.
 * - 403: the requester may not do this for this community (a chief of another service);
 * - 404: no such request, or one the requester may not see (not told apart, so ids reveal nothing);
 * - 409: conflicts with the stored state (a move the life cycle forbids, over-assignment, a race lost);
 * - 422: a value is wrong (an unknown community or member, a bad field).
 */
import type { FieldError } from '$lib/domain/project-p/vocabulary';
import { ok, type Err, type Ok } from '$lib/domain/result';

export type Refusal = Err<FieldError[]> & { status: 403 | 404 | 409 | 422 };
export type Outcome<T> = Ok<T> | Refusal;

export function refuse(status: Refusal['status'], errors: FieldError[]): Refusal {
	return { ok: false, status, errors };
}

/** Thrown inside a transaction to roll it back with a refusal; caught by `runRefusable`. */
export class RefusedChange extends Error {
	constructor(readonly refusal: Refusal) {
		super(refusal.errors.map((e) => e.message_en).join(' '));
	}
}

export async function runRefusable<T>(work: () => Promise<T>): Promise<Outcome<T>> {
	try {
		return ok(await work());
	} catch (error) {
		if (error instanceof RefusedChange) return error.refusal;
		throw error;
	}
}
