import { describe, expect, it } from 'vitest';
import { atlasCsv, ATLAS_CSV_COLUMNS } from '$lib/domain/atlas-csv';
import type { AtlasRow } from '$lib/domain/atlas-view';
import type { AtlasQuery } from '$lib/domain/atlas-query';
import { csvHeader, csvRegion } from './csv-columns';
import { periodLabelCell } from '$lib/domain/period';
import { registryCsv } from '$lib/domain/streams/csv';
import { GAPS_CSV_COLUMNS } from '../../routes/gaps/gaps-csv';

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
		expect(header).toMatch(/^sdridu,collectivite,id_service_police,service_police,region_ppo,periode,periode_libelle,/);
		expect(line).toContain('Nord-Ouest');
		// Without a French label function the label stays English; the export route passes one.
		expect(line).toContain(',2025-Q2,FY2025-26 Q2,');
		const labelled = atlasCsv([row], query, '2025-Q2', true, { header: (c) => csvHeader(c, 'fr'), region: (r) => csvRegion(r, 'fr'), periodLabel: (p) => periodLabelCell(p, 'fr') });
		expect(labelled).toContain(',2025-Q2,EF 2025-2026 T2,');
		expect(line).toContain('Service de police Nishnawbe-Aski');
	});
});

describe('exports that carry a quarter', () => {
	it('put period_label right after period, in both languages', () => {
		const headers: Record<string, string[]> = {
			atlas: [...ATLAS_CSV_COLUMNS],
			gaps: [...GAPS_CSV_COLUMNS],
			registry: registryCsv([]).replace(/^\uFEFF/, '').trimEnd().split(',')
		};
		for (const [name, header] of Object.entries(headers)) {
			const at = header.indexOf('period');
			expect(at, name).toBeGreaterThanOrEqual(0);
			expect(header[at + 1], name).toBe('period_label');
		}
		const french = csvHeader(GAPS_CSV_COLUMNS, 'fr');
		expect(french[french.indexOf('periode') + 1]).toBe('periode_libelle');
	});
});
