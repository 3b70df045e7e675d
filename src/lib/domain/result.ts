/**
 * What a check answers: the value it accepted, or every problem it found. Validators return a Result instead of
 * throwing, so bad input reaches the caller as named field errors and changes nothing (the API answers them as a
 * 400/422, a form shows them beside their inputs).
 */

export type Ok<T> = { ok: true; value: T };
export type Err<E> = { ok: false; errors: E };
export type Result<T, E> = Ok<T> | Err<E>;

export function ok<T>(value: T): Ok<T> {
	return { ok: true, value };
}

export function fail<E>(errors: E): Err<E> {
	return { ok: false, errors };
}

/**
 * A problem with one input, in English and, where the caller shows French, in French. `field` names the input as the
 * API body or the form does: a dot path with array indexes in brackets (`weights.population`, `services[3].children`),
 * or '' for the input as a whole.
 */
export interface FieldError {
	field: string;
	message: string;
	message_fr?: string;
}

/**
 * The Project P field error: both languages always, each led by the field's name (`kind: must be one of …`), the
 * English one under `message_en` as the Project P API and its forms have read it since they were first published.
 */
export interface BilingualFieldError {
	field: string;
	message_en: string;
	message_fr: string;
}

/** A check's answer with its problems as field errors. */
export type Validation<T, E extends FieldError | BilingualFieldError = FieldError> = Result<T, E[]>;
