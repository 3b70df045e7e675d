/**
 * Field errors a form action returns (both languages, so the page shows the reader's), pointed at their
 * inputs. The domain writes messages for the API, led by the field's name (`expected_fte_weeks: …`);
 * a form leads with the field's visible label instead, so the error summary reads in the page's words.
 */
import type { FieldError } from '$lib/domain/project-p/vocabulary';
import type { Locale } from '$lib/i18n/locale';
import { interpolate } from '$lib/i18n/text';

export interface ShownFieldError {
	field: string;
	message: string;
	href: string | null;
}

/** Where a field's errors point: its input's id and its visible label. */
export type FieldAnchors = Readonly<Record<string, { id: string; label: string }>>;

/** `template` is the dictionary's `app.fieldError` ('{label}: {message}'), which the domain's messages follow too. */
export function shownErrors(errors: readonly FieldError[], locale: Locale, anchors: FieldAnchors, template: string): ShownFieldError[] {
	return errors.map((error) => {
		const anchor = anchors[error.field] ?? anchors[error.field.split(/[[.]/)[0] ?? ''];
		const message = locale === 'fr' ? error.message_fr : error.message_en;
		const prefix = interpolate(template, { label: error.field, message: '' });
		const rest = message.startsWith(prefix) ? message.slice(prefix.length) : message;
		return {
			field: error.field,
			message: anchor ? interpolate(template, { label: anchor.label, message: rest }) : message,
			href: anchor ? `#${anchor.id}` : null
		};
	});
}

/** The message for one field (or any entry under it), if any. */
export function errorFor(errors: readonly ShownFieldError[], field: string): string | null {
	return errors.find((error) => error.field === field || error.field.startsWith(`${field}[`) || error.field.startsWith(`${field}.`))?.message ?? null;
}
