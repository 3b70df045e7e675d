import { describe, expect, it } from 'vitest';
import { atlasCsv, ATLAS_CSV_COLUMNS } from '$lib/domain/atlas-csv';
import type { AtlasRow } from '$lib/domain/atlas-view';
import type { AtlasQuery } from '$lib/domain/atlas-query';
import { csvHeader, csvRegion } from './csv-columns';

describe('CSV column names', () => {
	it('stay the English ids in English and become French ids in French, one per column', () => {
		expect(csvHeader(ATLAS_CSV_COLUMNS, 'en')).toEqual([...ATLAS_CSV_COLUMNS]);
		const french = csvHeader(ATLAS_CSV_COLUMNS, 'fr');
		expect(french).toContain('collectivite');
		expect(french).toContain('region_ppo');
		expect(new Set(french).size).toBe(ATLAS_CSV_COLUMNS.length);
		for (const name of french) expect(name).toMatch(/^[a-z0-9_]+$/);
	});

	it('name OPP regions in the viewer’s language', () => {
		expect(csvRegion('North East', 'fr')).toBe('Nord-Est');
		expect(csvRegion('North East', 'en')).toBe('North East');
		expect(csvRegion(null, 'fr')).toBeNull();
	});

	it('make a French atlas CSV with French headers and regions', () => {
		const row = {
			csduid: '3560051',
			name: 'Attawapiskat 91A',
			service_id: 'naps',
			service_name: 'Service de police Nishnawbe-Aski',
			service_kind: 'first_nations',
			opp_region: 'North West',
			population: 1586,
			children: 476,
			level: 'critical',
			project_p: true,
			values: { gap_level: 'critical' }
		} as unknown as AtlasRow;
		const query = { metric: 'gap_level', filters: { region: null, kind: null, level: null } } as unknown as AtlasQuery;
		const csv = atlasCsv([row], query, '2025-Q2', true, { header: (c) => csvHeader(c, 'fr'), region: (r) => csvRegion(r, 'fr') });
		const [header, line] = csv.replace(/^\uFEFF/, '').split('\r\n');
		expect(header).toMatch(/^sdridu,collectivite,id_service_police,service_police,region_ppo,periode/);
		expect(line).toContain('Nord-Ouest');
		expect(line).toContain('Service de police Nishnawbe-Aski');
	});
});
