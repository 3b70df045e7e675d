import { describe, expect, it } from 'vitest';
import { DEFAULT_CONVERSION } from './conversion';
import { readSettings } from './scenario-settings';
import { DEFAULT_PARAMETERS } from './defaults';

describe('readSettings', () => {
	it('opens a scenario saved with the removed factors: their weights dropped, the rest scaled to 1', () => {
		const legacy = {
			...DEFAULT_PARAMETERS,
			weights: { population: 0, children: 0.25, referrals: 0.3, caseload_per_investigator: 0.2, gap_severity: 0.15, remoteness: 0.1 }
		};
		const settings = readSettings(legacy, DEFAULT_CONVERSION, 'worst_caseload');
		expect(settings?.parameters.weights).toEqual({
			population: 0,
			children: expect.closeTo(0.25 / 0.65, 12),
			referrals: expect.closeTo(0.3 / 0.65, 12),
			charges: 0,
			remoteness: expect.closeTo(0.1 / 0.65, 12)
		});
	});

	it('falls back to the default weights when only removed factors were weighted', () => {
		const legacy = { ...DEFAULT_PARAMETERS, weights: { caseload_per_investigator: 1 } };
		expect(readSettings(legacy, DEFAULT_CONVERSION, 'worst_caseload')?.parameters.weights).toEqual(DEFAULT_PARAMETERS.weights);
	});

	it('opens a scenario saved under the removed rule "services with a gap" as all services', () => {
		const legacy = { ...DEFAULT_PARAMETERS, eligibility: 'services_with_gap' };
		expect(readSettings(legacy, DEFAULT_CONVERSION, 'worst_caseload')?.parameters.eligibility).toBe('all_services');
	});

	it('still refuses settings that are wrong for any other reason', () => {
		expect(readSettings({ ...DEFAULT_PARAMETERS, formula_share: 2 }, DEFAULT_CONVERSION, 'worst_caseload')).toBeNull();
	});
});
