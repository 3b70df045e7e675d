import { describe, expect, it } from 'vitest';
import { SUPPRESSED } from '../coverage';
import { differenceTone, parseServiceIds, relativeTo, sideBySide } from './side-by-side';
import { snapshot } from '../../../../tests/support/peer-snapshots';

const isId = (id: string) => /^[a-z0-9][a-z0-9-]*$/.test(id);

describe('side by side', () => {
	it('reads one to four distinct ids', () => {
		expect(parseServiceIds('toronto, naps,ottawa', isId)).toEqual({ ok: true, ids: ['toronto', 'naps', 'ottawa'] });
		expect(parseServiceIds('', isId)).toEqual({ ok: false, problem: 'missing' });
		expect(parseServiceIds('a,b,c,d,e', isId)).toEqual({ ok: false, problem: 'too_many' });
		expect(parseServiceIds('toronto,Bad_Id', isId)).toEqual({ ok: false, problem: 'malformed', id: 'Bad_Id' });
		expect(parseServiceIds('naps,naps', isId)).toEqual({ ok: false, problem: 'duplicate', id: 'naps' });
	});

	it('marks differences of a tenth or more from the first column by the metric’s direction', () => {
		expect(differenceTone('investigators_per_100k', 0.25)).toBe('better');
		expect(differenceTone('referrals_per_investigator', 0.25)).toBe('worse');
		expect(differenceTone('referrals_received', -0.5)).toBe('different');
		expect(differenceTone('investigators_per_100k', 0.05)).toBeNull();
	});

	it('gives no percentage against a zero or negative reference (a shrinking backlog)', () => {
		expect(relativeTo(12, 10)).toBeCloseTo(0.2, 12);
		expect(relativeTo(0, -0.14)).toBeNull();
		expect(relativeTo(3, 0)).toBeNull();
		expect(relativeTo(null, 10)).toBeNull();
	});

	it('compares each column with the first, never with a hidden value', () => {
		const snapshots = [
			snapshot('a', { investigators_per_100k: 2, referrals_received: 40 }),
			snapshot('b', { investigators_per_100k: 1, referrals_received: SUPPRESSED }),
			snapshot('c', { investigators_per_100k: 2.1, referrals_received: 60 })
		];
		const rows = sideBySide(snapshots, ['a', 'b', 'c']);
		const capacity = rows.find((row) => row.metric === 'investigators_per_100k');
		expect(capacity?.cells.map((cell) => [cell.relative, cell.tone])).toEqual([
			[null, null],
			[-0.5, 'worse'],
			[expect.closeTo(0.05, 12), null]
		]);
		const referrals = rows.find((row) => row.metric === 'referrals_received');
		expect(referrals?.cells[1]?.percentile).toBeNull();
	});

	it('shows raw counts without ranking or comparing them across services of different sizes', () => {
		const snapshots = [
			snapshot('a', { referrals_received: 40, referrals_per_investigator: 10 }),
			snapshot('b', { referrals_received: 20, referrals_per_investigator: 12 }),
			snapshot('c', { referrals_received: 60, referrals_per_investigator: 8 }),
			snapshot('d', { referrals_received: 90, referrals_per_investigator: 9 })
		];
		const rows = sideBySide(snapshots, ['a', 'b', 'c']);
		const counts = rows.find((row) => row.metric === 'referrals_received');
		expect(counts).toMatchObject({ compared: false, ranked: 0, province: { value: null } });
		expect(counts?.cells.map((cell) => [cell.value, cell.percentile, cell.relative, cell.tone])).toEqual([
			[40, null, null, null],
			[20, null, null, null],
			[60, null, null, null]
		]);
		const rate = rows.find((row) => row.metric === 'referrals_per_investigator');
		expect(rate).toMatchObject({ compared: true, ranked: 4 });
		expect(rate?.cells.map((cell) => cell.relative)).toEqual([null, expect.closeTo(0.2, 12), expect.closeTo(-0.2, 12)]);
	});

	it('ranks on the figures published to everyone, shows the viewer its own cleared value unranked', () => {
		const published = [
			snapshot('a', { investigators_per_100k: 2 }),
			snapshot('b', { investigators_per_100k: SUPPRESSED }),
			snapshot('c', { investigators_per_100k: 3 })
		];
		const shown = published.map((s) => (s.police_service_id === 'b' ? snapshot('b', { investigators_per_100k: 9 }) : s));
		const row = sideBySide(published, ['a', 'b', 'c'], shown).find((r) => r.metric === 'investigators_per_100k');
		expect(row?.cells.map((cell) => [cell.value, cell.percentile])).toEqual([
			[2, 0],
			[9, null],
			[3, 100]
		]);
		expect(row?.province.hidden).toBe(1);
	});
});

describe('no unit', () => {
	it('reads a zero for want of investigators as "no unit", not a percentile among zeros', () => {
		const snapshots = [
			snapshot('a', { investigators_per_100k: 0 }, { investigators_fte: 0 }),
			snapshot('b', { investigators_per_100k: 0 }, { investigators_fte: 0 }),
			snapshot('c', { investigators_per_100k: 3 }, { investigators_fte: 2 }),
			snapshot('d', { investigators_per_100k: 1 }, { investigators_fte: 1 })
		];
		const row = sideBySide(snapshots, ['a', 'c']).find((r) => r.metric === 'investigators_per_100k');
		expect(row?.cells.map((cell) => [cell.no_unit, cell.percentile])).toEqual([
			[true, null],
			[false, 100]
		]);
	});
});
