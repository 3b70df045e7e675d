import { describe, expect, it } from 'vitest';
import { packAtlasRows } from '$lib/domain/atlas-rows-wire';
import { classifyRows, type AtlasRow } from '$lib/domain/atlas-view';
import { atlasRow } from '../../../tests/support/atlas-row';
import { once, rowsOf, viewOf } from './page-memo';

function row(csduid: string, investigators: number | null): AtlasRow {
	return atlasRow(csduid, { service_id: 'toronto', service_name: 'Toronto' }, { investigators_per_100k: investigators });
}

const text = packAtlasRows([row('3520005', 1.5), row('3520006', 0.5), row('3520007', null)]);

describe('page memo', () => {
	it('parses a rows text once, frozen, and a different text anew', () => {
		const rows = rowsOf(text);
		expect(rows).toHaveLength(3);
		expect(rowsOf(`${text}`)).toBe(rows);
		expect(Object.isFrozen(rows) && Object.isFrozen(rows[0]) && Object.isFrozen(rows[0]?.values)).toBe(true);
		const other = rowsOf(packAtlasRows([row('3520005', 2)]));
		expect(other).not.toBe(rows);
		expect(other[0]?.values.investigators_per_100k).toBe(2);
	});

	it('classifies once per rows, metric and method, as classifyRows does', () => {
		const rows = rowsOf(text);
		const view = viewOf(rows, 'investigators_per_100k', undefined);
		expect(view).toEqual(classifyRows(rows, 'investigators_per_100k'));
		expect(viewOf(rows, 'investigators_per_100k', undefined)).toBe(view);
		expect(viewOf(rows, 'investigators_per_100k', 'quantile')).not.toBe(view);
	});

	it('computes a derived value once per rows and key', () => {
		const rows = rowsOf(text);
		let calls = 0;
		const compute = () => ++calls;
		expect(once(rows, 'a', compute)).toBe(1);
		expect(once(rows, 'a', compute)).toBe(1);
		expect(once(rows, 'b', compute)).toBe(2);
	});
});
