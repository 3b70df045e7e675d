import { describe, expect, it } from 'vitest';
import { dateBounds, parseDay, readFilters } from './filters';

describe('audit filters', () => {
	it('reads filters from the URL, trimmed', () => {
		const filters = readFilters(new URLSearchParams('actor= admin &action=user.create&entity=user&from=2026-11-01&to=2026-11-29&page=3'));
		expect(filters).toEqual({ actor: 'admin', action: 'user.create', entity: 'user', from: '2026-11-01', to: '2026-11-29', page: 3, badDate: false });
	});

	it('drops malformed dates and pages, and says a date was bad', () => {
		const filters = readFilters(new URLSearchParams("from=2026-02-30&to=yesterday&page=-1'--"));
		expect(filters).toMatchObject({ from: '', to: '', page: 1, badDate: true });
	});

	it('keeps injection-shaped text as plain text (it only reaches SQL as a parameter)', () => {
		expect(readFilters(new URLSearchParams("actor=' or 1=1 --")).actor).toBe("' or 1=1 --");
	});

	it('drops control characters, which PostgreSQL text cannot hold', () => {
		expect(readFilters(new URLSearchParams('actor=ad%00min%0A')).actor).toBe('admin');
	});

	it('makes the "to" day inclusive', () => {
		const bounds = dateBounds(readFilters(new URLSearchParams('from=2026-11-01&to=2026-11-01')));
		expect(bounds.from?.toISOString()).toBe('2026-11-01T00:00:00.000Z');
		expect(bounds.until?.toISOString()).toBe('2026-11-02T00:00:00.000Z');
	});

	it('parseDay accepts only real calendar dates', () => {
		expect(parseDay('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
		expect(parseDay('2023-02-29')).toBeNull();
		expect(parseDay('2023-2-1')).toBeNull();
	});
});
