import { describe, expect, it } from 'vitest';
import { DEFAULT_CONVERSION } from './conversion';
import { compareScenarios } from './scenario-comparison';
import { comparedIds, scenarioId } from './scenario-id';

const projection = (gaps_closed: number) => ({ gaps_closed, children_in_closed_gaps: gaps_closed * 100, improved: gaps_closed + 1 });

describe('compareScenarios', () => {
	it('lines services up across scenarios, differences from the first, the largest disagreement first', () => {
		const comparison = compareScenarios([
			{ lines: [{ police_service_id: 'a', amount_cents: 14_000_000 }, { police_service_id: 'b', amount_cents: 6_000_000 }, { police_service_id: 'c', amount_cents: 0 }], conversion: DEFAULT_CONVERSION, projection: projection(1) },
			{ lines: [{ police_service_id: 'a', amount_cents: 13_000_000 }, { police_service_id: 'b', amount_cents: 2_000_000 }, { police_service_id: 'c', amount_cents: 5_000_000 }], conversion: DEFAULT_CONVERSION, projection: projection(3) }
		]);
		expect(comparison.rows).toEqual([
			{ police_service_id: 'c', amounts_cents: [0, 5_000_000], differences_cents: [0, 5_000_000], previous_cents: [null, null], change_shares: [null, null] },
			{ police_service_id: 'b', amounts_cents: [6_000_000, 2_000_000], differences_cents: [0, -4_000_000], previous_cents: [null, null], change_shares: [null, null] },
			{ police_service_id: 'a', amounts_cents: [14_000_000, 13_000_000], differences_cents: [0, -1_000_000], previous_cents: [null, null], change_shares: [null, null] }
		]);
		// $140,000 buys one investigator; $60,000 less than a half ($70,000) buys none.
		expect(comparison.totals[0]).toEqual({
			amount_cents: 20_000_000,
			services_funded: 2,
			investigator_fte: 1,
			forensic_examiner_fte: 0,
			gaps_closed: 1,
			children_in_closed_gaps: 100,
			communities_improved: 2
		});
		// $130,000 buys one half ($70,000); $20,000 and $50,000 buy none.
		expect(comparison.totals[1]).toMatchObject({ amount_cents: 20_000_000, services_funded: 3, investigator_fte: 0.5, gaps_closed: 3 });
	});
});

describe('compareScenarios against last year', () => {
	it('gives each scenario’s change from last fiscal year’s funding, and none for a newcomer', () => {
		const inputs = [
			{ police_service_id: 'a', last_year_cents: 10_000_000 },
			{ police_service_id: 'b', last_year_cents: null }
		];
		const comparison = compareScenarios([
			{ lines: [{ police_service_id: 'a', amount_cents: 11_000_000 }, { police_service_id: 'b', amount_cents: 1_000_000 }], inputs, conversion: DEFAULT_CONVERSION, projection: projection(0) },
			{ lines: [{ police_service_id: 'a', amount_cents: 9_500_000 }, { police_service_id: 'b', amount_cents: 2_500_000 }], inputs, conversion: DEFAULT_CONVERSION, projection: projection(0) }
		]);
		const a = comparison.rows.find((row) => row.police_service_id === 'a');
		expect(a?.previous_cents).toEqual([10_000_000, 10_000_000]);
		expect(a?.change_shares[0]).toBeCloseTo(0.1, 12);
		expect(a?.change_shares[1]).toBeCloseTo(-0.05, 12);
		expect(comparison.rows.find((row) => row.police_service_id === 'b')).toMatchObject({ previous_cents: [null, null], change_shares: [null, null] });
	});
});

describe('scenario ids', () => {
	it('accepts positive whole numbers within PostgreSQL integer only', () => {
		expect(scenarioId('42')).toBe(42);
		for (const bad of ['0', '-1', '1.5', 'abc', '', null, '2147483648', '007']) expect(scenarioId(bad)).toBeNull();
	});

	it('reads two or three distinct ids, comma-separated or repeated', () => {
		expect(comparedIds(['3,7'])).toEqual([3, 7]);
		expect(comparedIds(['3', '7', '9'])).toEqual([3, 7, 9]);
		expect(comparedIds(['3', '3'])).toBeNull();
		expect(comparedIds(['3'])).toBeNull();
		expect(comparedIds(['1,2,3,4'])).toBeNull();
		expect(comparedIds(['1,x'])).toBeNull();
	});
});
