import { describe, expect, it } from 'vitest';
import { parseSort, sortRows } from './table-sort';

const rows = [
	{ id: 'b', name: 'Élliot Lake', population: 11_372 },
	{ id: 'a', name: 'Ajax', population: 126_666 },
	{ id: 'c', name: 'Pikangikum 14', population: null },
	{ id: 'd', name: 'zorra', population: 8_628 }
];
const value = (row: (typeof rows)[number], key: 'name' | 'population') => row[key];

describe('table sort', () => {
	it('sorts names ignoring accents and case', () => {
		const sorted = sortRows(rows, { key: 'name', direction: 'asc' }, value, (r) => r.id);
		expect(sorted.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
	});

	it('puts missing values last in both directions', () => {
		const asc = sortRows(rows, { key: 'population', direction: 'asc' }, value, (r) => r.id);
		const desc = sortRows(rows, { key: 'population', direction: 'desc' }, value, (r) => r.id);
		expect(asc.map((r) => r.id)).toEqual(['d', 'b', 'a', 'c']);
		expect(desc.map((r) => r.id)).toEqual(['a', 'b', 'd', 'c']);
	});

	it('parseSort ignores unknown keys and directions', () => {
		const fallback = { key: 'name', direction: 'asc' } as const;
		expect(parseSort(new URLSearchParams('sort=evil&dir=up'), ['name', 'population'], fallback)).toEqual(fallback);
		expect(parseSort(new URLSearchParams('sort=population&dir=desc'), ['name', 'population'], fallback)).toEqual({
			key: 'population',
			direction: 'desc'
		});
	});
});
