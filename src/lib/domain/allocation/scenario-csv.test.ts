import { describe, expect, it } from 'vitest';
import { computeAllocation } from './formula';
import { DEFAULT_SETTINGS } from './scenario-settings';
import { scenarioCsv } from './scenario-csv';
import type { ScenarioDetail } from './scenario';
import type { AllocationServiceInput } from './types';
import { allocationService } from '../../../../tests/support/allocation';

const service = (id: string, referrals: number, lastYear: number | null): AllocationServiceInput =>
	allocationService({
		police_service_id: id,
		referrals,
		investigations: 80,
		investigator_fte: 2,
		children_in_gap: 5_000,
		remoteness: 0.2,
		last_year_cents: lastYear,
		ice_strategy_member: id !== 'd',
		has_gap: true
	});
const inputs = [service('a', 100, 150_000_000), service('b', 300, null), service('c', 50, 100_000_000), service('d', 10, null)];
// Without damping: these last-year amounts are not a plausible base for ±10 %.
const result = computeAllocation(inputs, { ...DEFAULT_SETTINGS.parameters, damping: null });
const scenario: ScenarioDetail = {
	id: 7,
	name: 'Gap-first, =draft',
	status: 'approved',
	period: '2025-Q2',
	total_cents: result.total_cents,
	illustrative: true,
	created_by: 'planner',
	created_at: '2026-11-29T12:00:00.000Z',
	updated_at: '2026-11-29T12:00:00.000Z',
	approved_by: 'planner',
	approved_at: '2026-11-29T12:00:00.000Z',
	copied_from: null,
	settings: DEFAULT_SETTINGS,
	lines: result.allocations,
	inputs
};

describe('scenarioCsv', () => {
	const csv = scenarioCsv(scenario, new Map([['a', 'Alpha Police'], ['b', 'Bêta, Service']]));
	const lines = csv.slice(1).trimEnd().split('\r\n');

	it('starts with a byte-order mark and has one row per service', () => {
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(lines).toHaveLength(5);
	});

	it('gives amounts in integer cents and in dollars, the change, explanations in both languages, and the illustrative flag', () => {
		const header = lines[0]?.split(',') ?? [];
		expect(header).toEqual(expect.arrayContaining(['amount_cents', 'amount_dollars', 'change_from_last_year_cents', 'formula_referrals_cents', 'explanation_en', 'explanation_fr', 'illustrative']));
		const amounts = result.allocations.map((a) => a.amount_cents);
		expect(amounts.reduce((s, x) => s + x, 0)).toBe(500_000_000);
		const a = lines.find((line) => line.includes(',a,'));
		const cents = result.allocations[0]?.amount_cents ?? 0;
		expect(a).toContain(`,${cents},${cents / 100},150000000,${cents - 150_000_000},${(cents - 150_000_000) / 150_000_000},`);
		expect(header).toEqual(expect.arrayContaining(['change_from_last_year_share', 'assisted_line_cents', 'formula_charges_cents']));
		expect(header).not.toContain('formula_gap_severity_cents');
		expect(a).toMatch(/,true$/);
		expect(lines.find((line) => line.includes(',d,'))).toContain('Not eligible');
	});

	it('names the quarter by key and by label, side by side', () => {
		const header = lines[0]?.split(',') ?? [];
		const at = header.indexOf('period');
		expect(at).toBeGreaterThanOrEqual(0);
		expect(header[at + 1]).toBe('period_label');
		// The scenario's name holds a comma (quoted), so the row is matched as text rather than split.
		expect(lines[1]).toContain(',2025-Q2,FY2025-26 Q2,');
	});

	it('quotes names with commas and defuses cells a spreadsheet would run as formulas', () => {
		expect(csv).toContain('"Bêta, Service"');
		expect(csv).toContain('"Gap-first, =draft"');
	});
});
