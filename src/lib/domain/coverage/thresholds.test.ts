import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, parseThresholds, THRESHOLD_FIELDS } from './thresholds';

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
		expect(distance?.message).toBe('Distance to the responder’s nearest base (km): must be at least 0.');
		expect(distance?.message_fr).toBe('Distance jusqu’à la base la plus proche du répondant (km) : au moins 0.');
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
		expect(root.ok ? [] : root.errors).toEqual([
			{ field: '', message: 'The thresholds must be an object.', message_fr: 'Les seuils doivent former un objet.' }
		]);
	});

	it('labels every field in both languages', () => {
		for (const spec of Object.values(THRESHOLD_FIELDS)) {
			expect(spec.label.en.length).toBeGreaterThan(0);
			expect(spec.label.fr.length).toBeGreaterThan(0);
			expect(spec.min).toBeLessThan(spec.max);
		}
		expect(Object.keys(THRESHOLD_FIELDS).sort()).toEqual(Object.keys(DEFAULT_THRESHOLDS).sort());
	});
});
