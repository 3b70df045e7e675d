import { describe, expect, it } from 'vitest';
import type { PeriodKey } from '../period';
import { carryCapacityForward, jumpWarnings, type HistoryQuarter } from './plausibility';
import type { FileRow } from './records';

const capacity = { investigators_fte: 2, forensic_examiners_fte: 1, forensic_backlog_devices: 12 };
const caseload = { referrals_received: 8, investigations_opened: 7, investigations_concluded: 6, charges_laid: 2, victims_identified: 1, open_backlog: 9, files_referred_project_p: 1 };
const quarter = (period: PeriodKey, referrals = 8): HistoryQuarter => ({ period, capacity, caseload: { ...caseload, referrals_received: referrals }, capacityImportId: null });
const history = new Map([['naps', [quarter('2024-Q3'), quarter('2024-Q4'), quarter('2025-Q1'), quarter('2025-Q2', 9)]]]);
const label = (column: string) => column;

function row(period: PeriodKey, referrals: number, withCapacity = false): FileRow<'caseload'> {
	return { row: 2, record: { police_service_id: 'naps', period, capacity: withCapacity ? capacity : null, caseload: { ...caseload, referrals_received: referrals } } };
}

describe('implausible jumps', () => {
	it('holds 8 → 720 referrals and a drop to under a third, not ordinary movement', () => {
		const warnings = jumpWarnings([{ row: row('2025-Q3', 720), stored: undefined }], history, label);
		expect(warnings).toEqual([expect.objectContaining({ column: 'referrals_received', code: 'implausible_rise', params: expect.objectContaining({ median: 8, quarters: 4, from: '2024-Q3', to: '2025-Q2' }) })]);
		expect(jumpWarnings([{ row: row('2025-Q3', 20), stored: undefined }], history, label)).toEqual([]);
		const big = new Map([['naps', [quarter('2025-Q1', 300), quarter('2025-Q2', 330)]]]);
		expect(jumpWarnings([{ row: row('2025-Q3', 90), stored: undefined }], big, label).map((w) => w.code)).toEqual(['implausible_drop']);
		expect(jumpWarnings([{ row: row('2025-Q3', 120), stored: undefined }], big, label)).toEqual([]);
	});

	it('looks only at earlier quarters, and not at a value already stored', () => {
		expect(jumpWarnings([{ row: row('2024-Q3', 720), stored: undefined }], history, label)).toEqual([]);
		const stored = { capacity, caseload: { ...caseload, referrals_received: 720 }, capacityImported: false, caseloadImported: true };
		expect(jumpWarnings([{ row: row('2025-Q2', 720), stored }], history, label)).toEqual([]);
	});
});

describe('capacity carried forward', () => {
	it('fills a new quarter from the latest earlier one and says so; leaves stored quarters and given capacity alone', () => {
		const { rows, notices } = carryCapacityForward([row('2025-Q3', 9), row('2025-Q2', 9), row('2025-Q4', 9, true)], history, (r) => r.period === '2025-Q2', label);
		expect(rows[0]?.record).toMatchObject({ capacity, capacityCarried: { from: '2025-Q2', importId: null } });
		expect(rows[1]?.record.capacity).toBeNull();
		expect(rows[2]?.record.capacityCarried).toBeUndefined();
		expect(notices).toEqual([expect.objectContaining({ row: 2, code: 'capacity_carried_forward', params: expect.objectContaining({ from: '2025-Q2', investigators: 2 }) })]);
	});
});
