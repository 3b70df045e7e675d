import { describe, expect, it } from 'vitest';
import { linesGeometry, TREND_LAYOUT } from './trend-geometry';

const { width, height, margin } = TREND_LAYOUT;
const KEYS = ['province', 'group', 'value'] as const;

describe('linesGeometry (the comparison’s small multiples)', () => {
	const points = [
		{ period: '2024-Q3' as const, value: 4, group: 2, province: 3 },
		{ period: '2024-Q4' as const, value: null, group: 2, province: 3 },
		{ period: '2025-Q1' as const, value: 6, group: null, province: 3 },
		{ period: '2025-Q2' as const, value: null, group: 2, province: 3 }
	];
	const geometry = linesGeometry(points, KEYS, { integerTicks: true });

	it('draws one line per key, in the order given, on the shared axes', () => {
		expect(geometry.paths.map((path) => path.key)).toEqual(['province', 'group', 'value']);
		const province = geometry.paths[0]?.d ?? '';
		expect(province.startsWith(`M${margin.left},`)).toBe(true);
		expect(province).toContain(`${width - margin.right},`);
	});

	it('breaks a line where a quarter has no value and dots the values with no neighbour', () => {
		const value = geometry.paths.find((path) => path.key === 'value')?.d ?? '';
		expect(value.match(/M/g)).toHaveLength(2);
		expect(geometry.dots.map((dot) => dot.key)).toEqual(['group', 'value', 'value']);
	});

	it('keeps 0 on the value axis and ticks whole numbers for counts', () => {
		const zero = geometry.yTicks.find((tick) => tick.value === 0);
		expect(zero?.y).toBe(height - margin.bottom);
		expect(geometry.yTicks.length).toBeGreaterThan(1);
		for (const tick of geometry.yTicks) expect(Number.isInteger(tick.value)).toBe(true);
	});

	it('labels the first and last quarters at the ends of the axis', () => {
		expect(geometry.xTicks).toEqual([
			{ period: '2024-Q3', x: margin.left, anchor: 'start' },
			{ period: '2025-Q2', x: width - margin.right, anchor: 'end' }
		]);
	});
});
