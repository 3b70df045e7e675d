import { describe, expect, it } from 'vitest';
import { SUPPRESSED, WITHHELD } from './coverage';
import { MAP_METRICS, type AtlasRow, type AtlasValue } from './atlas-view';
import { packAtlasRows, unpackAtlasRows } from './atlas-rows-wire';
import type { MapMetricId } from '../metrics';

function row(csduid: string, fill: (metric: MapMetricId, index: number) => AtlasValue): AtlasRow {
	return {
		csduid,
		name: `Community ${csduid} « é »`,
		service_id: 'opp-3501',
		service_name: 'OPP "East"',
		service_kind: 'opp',
		opp_region: csduid.endsWith('1') ? null : 'East',
		population: csduid.endsWith('1') ? null : 13_330,
		children: 2599,
		level: 'gap',
		project_p: true,
		values: Object.fromEntries(MAP_METRICS.map((metric, index) => [metric, fill(metric, index)])) as Record<MapMetricId, AtlasValue>
	};
}

describe('packAtlasRows / unpackAtlasRows', () => {
	it('gives back exactly the rows, with nulls, suppressed and withheld values and full-precision numbers', () => {
		const rows = [
			row('3501001', (_, index) => (index % 3 === 0 ? null : index % 3 === 1 ? 0.9795918367346939 : SUPPRESSED)),
			row('3501002', (_, index) => (index % 2 === 0 ? WITHHELD : 20.859592088154503))
		];
		const unpacked = unpackAtlasRows(packAtlasRows(rows));
		expect(unpacked).toHaveLength(2);
		expect(unpacked).toEqual(rows);
	});

	it('names each key once, so the text is much smaller than the rows as JSON', () => {
		const rows = Array.from({ length: 50 }, (_, index) => row(String(3_501_000 + index), () => 1.5));
		expect(packAtlasRows(rows).length).toBeLessThan(JSON.stringify(rows).length * 0.6);
	});

	it('refuses rows packed with another column order', () => {
		const text = packAtlasRows([row('3501002', () => 1)]).replace('"csduid","name"', '"name","csduid"');
		expect(() => unpackAtlasRows(text)).toThrow(/another version/);
	});
});
