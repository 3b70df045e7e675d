import { describe, expect, it } from 'vitest';
import { illustrativeStreams, TORONTO_PILOT } from './illustrative';

const communities = [
	{ csduid: '3520005', children: 540_000 },
	{ csduid: '3560001', children: null },
	{ csduid: '3501005', children: 1800 }
];
const services = [
	{ id: 'toronto', name: 'Toronto Police Service', name_fr: 'Service de police de Toronto', ice_investigators: 12 },
	{ id: 'none', name: 'No ICE unit', name_fr: 'Aucune unité', ice_investigators: 0 }
];

describe('illustrative strategy streams', () => {
	it('gives the same figures for the same inputs, whatever their order', () => {
		const a = illustrativeStreams(communities, services);
		const b = illustrativeStreams([...communities].reverse(), [...services].reverse());
		expect(b).toEqual(a);
	});

	it('flags every row illustrative and leaves out communities without a population', () => {
		const streams = illustrativeStreams(communities, services);
		expect(streams.prevention.map((row) => row.csduid)).not.toContain('3560001');
		expect(streams.prevention).toHaveLength(6);
		for (const row of [...streams.prevention, ...streams.training, ...streams.registry]) expect(row.illustrative).toBe(true);
	});

	it('keeps counts consistent: reached ≤ students, current ≤ trained ≤ staff, verified ≤ registrants', () => {
		const streams = illustrativeStreams(communities, services);
		for (const row of streams.prevention) expect(row.students_reached).toBeLessThanOrEqual(row.grade_7_8_students);
		for (const row of streams.training) {
			expect(row.trained_current).toBeLessThanOrEqual(row.trained);
			expect(row.trained).toBeLessThanOrEqual(row.staff);
		}
		for (const row of streams.registry) expect(row.verifications_done).toBeLessThanOrEqual(row.registrants);
	});

	it('shapes the first registry program on the Toronto pilot: 8 quarters, about 1,000 registrants, $700,000', () => {
		const streams = illustrativeStreams(communities, services);
		expect(streams.programs).toEqual([TORONTO_PILOT]);
		expect(TORONTO_PILOT.budget_cents).toBe(70_000_000);
		expect(streams.registry).toHaveLength(8);
		for (const row of streams.registry) expect(Math.abs(row.registrants - 1000)).toBeLessThan(100);
	});

	it('gives training rows to services with ICE investigators and to the seven Crown offices, for two years', () => {
		const streams = illustrativeStreams(communities, services);
		const offices = new Set(streams.training.map((row) => row.office_id));
		expect(offices.has('toronto')).toBe(true);
		expect(offices.has('none')).toBe(false);
		expect(streams.training.filter((row) => row.office_kind === 'crown_office')).toHaveLength(14);
	});
});
