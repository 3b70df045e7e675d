import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { PreventionViewRow, RegistryViewRow, TrainingViewRow } from '$lib/domain/streams/views';
import { textContext } from '$lib/i18n/context';
import { en } from '$lib/i18n/en';
import { fr } from '$lib/i18n/fr';
import StreamTable from './StreamTable.svelte';
import { preventionFigures, preventionTable, registryTable, trainingTable } from './stream-tables';

const PREVENTION: PreventionViewRow = {
	csduid: '3501005',
	name: 'South Glengarry',
	name_fr: 'Glengarry-Sud',
	police_service_id: 'opp-east',
	school_year: '2024-2025',
	grade_7_8_students: 1234,
	classrooms_reached: 0,
	students_reached: 0,
	teachers_trained: 0,
	illustrative: false,
	reach_share: 0,
	teachers_per_1k_students: 0,
	level: 'gap',
	no_prevention_reach: true
};
const TRAINING: TrainingViewRow = {
	office_kind: 'police_service',
	office_id: 'toronto',
	police_service_id: 'toronto',
	name: 'Toronto Police Service',
	name_fr: 'Service de police de Toronto',
	as_of_year: 2025,
	staff: 40,
	trained: 30,
	trained_current: 20,
	latest_training_year: 2024,
	illustrative: false,
	current_training_share: 0.5,
	without_current_training: 20,
	untrained_ice_investigators: true
};
const REGISTRY: RegistryViewRow = {
	program_id: 'toronto-pilot',
	police_service_id: 'toronto',
	service_name: 'Toronto Police Service',
	service_name_fr: 'Service de police de Toronto',
	period: '2025-Q2',
	illustrative: false,
	registrants: { suppressed: true },
	verifications_done: { withheld: true },
	non_compliant_located: 0,
	verification_rate: { withheld: true }
};

/** The markup with Svelte's hydration comments left out. */
const html = (body: string) => body.replace(/<!--[^>]*-->/g, '');

describe('stream tables', () => {
	it('draws a community per row with its link, figures, level and flag, in either language', () => {
		const english = html(render(StreamTable<PreventionViewRow>, { props: { table: preventionTable, rows: [PREVENTION], caption: 'Prevention' }, context: textContext(en, 'en') }).body);
		const french = html(render(StreamTable<PreventionViewRow>, { props: { table: preventionTable, rows: [PREVENTION], caption: 'Prévention' }, context: textContext(fr, 'fr') }).body);
		expect(english).toContain('data-testid="prevention-table"');
		expect(english).toContain('<tr data-csduid="3501005">');
		// Official place names are bilingual: the reader's language first.
		expect(english).toContain('<th scope="row"><a href="/communities/3501005">South Glengarry / Glengarry-Sud</a></th>');
		expect(french).toContain('<a href="/communities/3501005">Glengarry-Sud / South Glengarry</a>');
		expect(english).toContain('<td class="num">1,234</td>');
		expect(english).toContain(`<td>${en.streams.rules.no_prevention_reach}</td>`);
		// The level's word comes from the dictionary, keyed by level.
		expect(english).toContain(`<td>${en.vocabulary.levels.gap}</td>`);
		expect(french).toContain(`<td>${fr.vocabulary.levels.gap}</td>`);
		expect(french).toContain(`<td>${fr.streams.rules.no_prevention_reach}</td>`);
		expect(english).not.toContain('undefined');
		expect(french).not.toContain('undefined');
	});

	it('gives the province totals the same figures as the community table, in the same order', () => {
		const text = { locale: 'en' as const, text: en };
		const figures = preventionFigures(text).map((column) => column.header);
		const table = preventionTable.columns(text).map((column) => column.header);
		expect(figures).toHaveLength(6);
		expect(table.slice(1, 1 + figures.length)).toEqual(figures);
	});

	it('keys and marks training and registry rows by office and service, and keeps suppressed counts suppressed', () => {
		const training = html(render(StreamTable<TrainingViewRow>, { props: { table: trainingTable, rows: [TRAINING], caption: 'Training' }, context: textContext(en, 'en') }).body);
		expect(training).toContain('data-testid="training-table"');
		expect(training).toContain('<tr data-office="toronto">');
		// A calendar year reads without a thousands separator.
		expect(training).toContain('<td class="num">2024</td>');
		expect(trainingTable.key(TRAINING)).toBe('police_service:toronto');
		const registry = html(render(StreamTable<RegistryViewRow>, { props: { table: registryTable, rows: [REGISTRY], caption: 'Registry' }, context: textContext(en, 'en') }).body);
		expect(registry).toContain('<tr data-service="toronto">');
		expect(registry).toContain('<td class="num">&lt;5</td>');
		expect(registry).toContain('<td class="num">withheld</td>');
		expect(registry).toContain('<td class="num">0</td>');
		expect(registryTable.key(REGISTRY)).toBe('toronto-pilot:toronto:2025-Q2');
	});
});
