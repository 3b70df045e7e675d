import { describe, expect, it } from 'vitest';
import { atlasCsv, ATLAS_CSV_COLUMNS } from '$lib/domain/atlas-csv';
import type { AtlasRow } from '$lib/domain/atlas-view';
import type { AtlasQuery } from '$lib/domain/atlas-query';
import { csvHeader, type CsvColumn } from '$lib/domain/csv-columns';
import { csvRegion } from './csv-columns';
import { periodLabelCell } from '$lib/domain/period';
import { PREVENTION_CSV_COLUMNS, REGISTRY_CSV_COLUMNS, TRAINING_CSV_COLUMNS, preventionCsv, registryCsv, trainingCsv } from '$lib/domain/streams/csv';
import type { PreventionViewRow, RegistryViewRow, TrainingViewRow } from '$lib/domain/streams/views';
import { COMPARISON_CSV_COLUMNS } from '$lib/domain/peers/comparison-csv';
import { SCENARIO_CSV_COLUMNS } from '$lib/domain/allocation/scenario-csv';
import { GAPS_CSV_COLUMNS } from '$lib/server/services/gaps-csv';

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

describe('every export names its columns in both languages', () => {
	const exports: Record<string, readonly CsvColumn[]> = {
		atlas: ATLAS_CSV_COLUMNS,
		gaps: GAPS_CSV_COLUMNS,
		comparison: COMPARISON_CSV_COLUMNS,
		prevention: PREVENTION_CSV_COLUMNS,
		training: TRAINING_CSV_COLUMNS,
		registry: REGISTRY_CSV_COLUMNS,
		scenario: SCENARIO_CSV_COLUMNS
	};

	it('keeps the English ids and the column order, and gives each column its own French id', () => {
		expect(Object.keys(exports)).toHaveLength(7);
		for (const [name, columns] of Object.entries(exports)) {
			expect(columns.length, name).toBeGreaterThan(5);
			expect(csvHeader(columns, 'en'), name).toEqual([...columns]);
			const french = csvHeader(columns, 'fr');
			expect(french, name).toHaveLength(columns.length);
			expect(new Set(french).size, name).toBe(columns.length);
			for (const column of french) expect(column, name).toMatch(/^[a-z0-9_]+$/);
			// Most columns read differently in French (a few, such as "note", are the same word).
			expect(french.filter((column, i) => column !== columns[i]).length, name).toBeGreaterThan(columns.length / 2);
		}
	});

	it('says « renvoi » for referrals in the scenario header', () => {
		expect(csvHeader(SCENARIO_CSV_COLUMNS, 'fr')).toContain('formule_renvois_cents');
	});
});

describe('the stream exports follow the viewer’s language', () => {
	const split = (csv: string) => csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');

	it('names communities, offices and services in French, keeping codes as they are', () => {
		const prevention = {
			csduid: '3560051', name: 'Kenora, Unorganized', name_fr: 'Kenora, non organisé', police_service_id: 'opp', school_year: '2024-25',
			grade_7_8_students: 40, classrooms_reached: 1, students_reached: 20, teachers_trained: 1, reach_share: 0.5,
			teachers_per_1k_students: 25, level: 'critical', no_prevention_reach: false, illustrative: true
		} as unknown as PreventionViewRow;
		const [header, line] = split(preventionCsv([prevention], 'fr'));
		expect(header).toMatch(/^sdridu,collectivite,id_service_police,annee_scolaire,/);
		expect(line).toContain('Kenora, non organisé / Kenora, Unorganized');
		expect(line).toContain(',critical,');
		expect(split(preventionCsv([prevention], 'en'))[0]).toMatch(/^csduid,community,/);

		const training = {
			office_kind: 'police_service', office_id: 'toronto', police_service_id: 'toronto', name: 'Toronto Police Service',
			name_fr: 'Service de police de Toronto', as_of_year: 2025, staff: 10, trained: 8, trained_current: 6, latest_training_year: 2024,
			current_training_share: 0.6, untrained_ice_investigators: false, illustrative: true
		} as unknown as TrainingViewRow;
		const [trainingHeader, trainingLine] = split(trainingCsv([training], 'fr'));
		expect(trainingHeader).toMatch(/^type_bureau,id_bureau,bureau,annee_reference,/);
		expect(trainingLine).toMatch(/^police_service,toronto,"?Service de police de Toronto"?,2025,/);
		expect(trainingCsv([training], 'en')).toContain('Toronto Police Service');

		const registry = {
			program_id: 'ontario', police_service_id: 'toronto', service_name: 'Toronto Police Service', service_name_fr: 'Service de police de Toronto',
			period: '2025-Q2', registrants: 12, verifications_done: 6, verification_rate: 0.5, non_compliant_located: 1, illustrative: true
		} as unknown as RegistryViewRow;
		const [registryHeader, registryLine] = split(registryCsv([registry], 'fr'));
		expect(registryHeader).toMatch(/^id_programme,id_service_police,service_police,periode,periode_libelle,/);
		expect(registryLine).toContain('Service de police de Toronto,2025-Q2,EF 2025-2026 T2,');
	});
});
