import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, parseThresholds, THRESHOLD_FIELDS, type ThresholdIssue } from './thresholds';
import { messages } from '$lib/i18n/messages';
import { thresholdMessage } from '$lib/i18n/threshold-errors';

const inEnglish = (issue: ThresholdIssue) => thresholdMessage(issue, messages('en'), 'en');
const inFrench = (issue: ThresholdIssue) => thresholdMessage(issue, messages('fr'), 'fr');

describe('parseThresholds', () => {
	it('accepts the defaults, also after a JSON round trip (how PostgreSQL stores them)', () => {
		expect(parseThresholds(DEFAULT_THRESHOLDS)).toEqual({ ok: true, value: DEFAULT_THRESHOLDS });
		expect(parseThresholds(JSON.parse(JSON.stringify(DEFAULT_THRESHOLDS)))).toEqual({ ok: true, value: DEFAULT_THRESHOLDS });
	});

	it('names the field of each error, in English and French', () => {
		const result = parseThresholds({ ...DEFAULT_THRESHOLDS, distance_km: -5, backlog_growth_quarters: 2.5 });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors.map((e) => e.field).sort()).toEqual(['backlog_growth_quarters', 'distance_km']);
		const distance = result.errors.find((e) => e.field === 'distance_km');
		expect(distance).toEqual({ field: 'distance_km', problem: 'min_value', limit: 0 });
		expect(distance && inEnglish(distance)).toBe('Distance to the responder’s nearest base (km): must be at least 0.');
		expect(distance && inFrench(distance)).toBe('Distance jusqu’à la base la plus proche du répondant (km) : au moins 0.');
		const quarters = result.errors.find((e) => e.field === 'backlog_growth_quarters');
		expect(quarters && inFrench(quarters)).toBe('Trimestres consécutifs de hausse de l’arriéré : un nombre entier est attendu.');
	});

	it('requires the overloaded threshold to be at least the stretched one', () => {
		const result = parseThresholds({ ...DEFAULT_THRESHOLDS, referrals_stretched_per_investigator: 150, referrals_overloaded_per_investigator: 120 });
		expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['referrals_overloaded_per_investigator']);
	});

	it('reports missing fields, unknown fields, non-numbers and a non-object', () => {
		const { distance_km: _, ...missing } = DEFAULT_THRESHOLDS;
		const result = parseThresholds({ ...missing, backlog_growth_quarters: '4', colour: 'red' });
		expect(result.ok ? [] : result.errors.map((e) => e.field).sort()).toEqual(['backlog_growth_quarters', 'colour', 'distance_km']);
		const root = parseThresholds(null);
		expect(root.ok ? [] : root.errors).toEqual([{ field: '', problem: 'not_object' }]);
		expect(root.ok ? [] : root.errors.map(inEnglish)).toEqual(['The thresholds must be an object.']);
		expect(root.ok ? [] : root.errors.map(inFrench)).toEqual(['Les seuils doivent former un objet.']);
		const colour = result.ok ? undefined : result.errors.find((e) => e.field === 'colour');
		expect(colour && inFrench(colour)).toBe('« colour » n’est pas un seuil.');
	});

	it('labels every field in both languages', () => {
		const fields = Object.keys(THRESHOLD_FIELDS) as (keyof typeof THRESHOLD_FIELDS)[];
		expect(fields.length).toBeGreaterThan(0);
		for (const field of fields) {
			expect(messages('en').coverage.thresholds.fields[field].length).toBeGreaterThan(0);
			expect(messages('fr').coverage.thresholds.fields[field]).not.toBe(messages('en').coverage.thresholds.fields[field]);
			expect(THRESHOLD_FIELDS[field].min).toBeLessThan(THRESHOLD_FIELDS[field].max);
		}
		expect(Object.keys(THRESHOLD_FIELDS).sort()).toEqual(Object.keys(DEFAULT_THRESHOLDS).sort());
	});
});
