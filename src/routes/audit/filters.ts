/**
 * The audit page's filters, read from the URL (so filtered views can be bookmarked and shared).
 * Anything malformed is dropped rather than trusted: values only ever reach SQL as parameters.
 */
export const PAGE_SIZE = 50;
const MAX_PAGE = 10_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface AuditPageFilters {
	actor: string;
	action: string;
	entity: string;
	from: string;
	to: string;
	page: number;
	/** True when a date was given but not as YYYY-MM-DD (or not a real date). */
	badDate: boolean;
}

/** Midnight UTC of a YYYY-MM-DD date, or null when it is not a real calendar date. */
export function parseDay(text: string): Date | null {
	const match = DATE.exec(text);
	if (!match) return null;
	const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
	return date.toISOString().slice(0, 10) === text ? date : null;
}

export function readFilters(params: URLSearchParams): AuditPageFilters {
	// Control characters never occur in the log's values, and PostgreSQL text cannot hold NUL.
	const text = (name: string, max: number) =>
		(params.get(name) ?? '')
			.replace(/[\u0000-\u001f\u007f]/g, '')
			.trim()
			.slice(0, max);
	const from = text('from', 10);
	const to = text('to', 10);
	const page = Number(params.get('page') ?? '1');
	return {
		actor: text('actor', 100),
		action: text('action', 100),
		entity: text('entity', 100),
		from: parseDay(from) ? from : '',
		to: parseDay(to) ? to : '',
		page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
		badDate: (from !== '' && !parseDay(from)) || (to !== '' && !parseDay(to))
	};
}

/** The query bounds: `to` is inclusive for the reader, so the bound is the next midnight. */
export function dateBounds(filters: AuditPageFilters): { from?: Date; until?: Date } {
	const from = parseDay(filters.from) ?? undefined;
	const to = parseDay(filters.to);
	return { from, until: to ? new Date(to.getTime() + 86_400_000) : undefined };
}
