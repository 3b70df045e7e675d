/**
 * Timestamps on the account and audit pages: ISO 8601 in UTC to the minute ("2026-11-29 04:37"),
 * the same in both languages and unambiguous across time zones for an audit trail.
 * TODO: move into format.ts (the one place values become text) once it has a date-time formatter.
 */
export function utcMinute(date: Date | null): string | null {
	return date ? date.toISOString().slice(0, 16).replace('T', ' ') : null;
}
