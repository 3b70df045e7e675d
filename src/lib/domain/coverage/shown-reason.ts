/** A gap reason as a reader sees it: its code, severity and the sentence in the reader's language only. */
import type { GapReason, ReasonCode, ReasonValue, Severity } from '$lib/domain/coverage';
import type { Locale } from '$lib/domain/locale';

export interface ShownReason {
	code: ReasonCode;
	severity: Severity;
	message: string;
}

export function shownReasons(reasons: readonly GapReason<ReasonValue>[], locale: Locale): ShownReason[] {
	return reasons.map((reason) => ({
		code: reason.code,
		severity: reason.severity,
		message: locale === 'fr' ? reason.message_fr : reason.message_en
	}));
}
