/**
 * The trend chart rendered on the server with a three-quarter fixture whose coordinates are worked out
 * by hand from the layout (320 × 150; plot from x 68 to 308 and y 122 to 12):
 * x(i) = 68 + 120·i; the y domain is [0, 10] (0 included, largest figure 10), so y(v) = 122 − 11·v.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { SUPPRESSED, WITHHELD } from '$lib/domain/coverage';
import { textContext } from '$lib/i18n/context';
import { en } from '$lib/i18n/en';
import { coverageEn } from '$lib/i18n/sections/coverage';
import TrendChart from './TrendChart.svelte';
import { trendGeometry } from './trend-geometry';
import type { TrendPoint } from '$lib/domain/trend-series';

const points: TrendPoint[] = [
	{ period: '2024-Q4', value: 0, q1: 0, median: 2, q3: 4 },
	{ period: '2025-Q1', value: 5, q1: 1, median: 3, q3: 5 },
	{ period: '2025-Q2', value: 10, q1: 2, median: 4, q3: 6 }
];

function renderChart(data: TrendPoint[], metric: 'referrals_received' | 'clearance_ratio' = 'referrals_received'): string {
	return render(TrendChart, {
		props: { points: data, metric, subject: 'Pikangikum 14', current: '2025-Q2' },
		context: textContext(en, 'en')
	}).body;
}

describe('trendGeometry', () => {
	const geometry = trendGeometry(points, '2025-Q2', { integerTicks: true });

	it('places each quarter and value where the hand calculation says', () => {
		expect(geometry.valuePath).toBe('M68,122L188,67L308,12');
		expect(geometry.medianPath).toBe('M68,100L188,89L308,78');
		// Along Q3 (4, 5, 6), then back along Q1 (2, 1, 0).
		expect(geometry.bandPath).toBe('M68,78L188,67L308,56L308,100L188,111L68,122Z');
		expect(geometry.yTicks).toEqual([
			{ value: 0, y: 122 },
			{ value: 5, y: 67 },
			{ value: 10, y: 12 }
		]);
		expect(geometry.current).toEqual({ x: 308, y: 12 });
	});

	it('leaves a gap where a value is suppressed, and says which quarter', () => {
		const gapped = trendGeometry(
			points.map((point, i) => (i === 1 ? { ...point, value: SUPPRESSED } : point)),
			null,
			{ integerTicks: true }
		);
		expect(gapped.valuePath).toBe('M68,122ZM308,12Z');
		expect(gapped.dots.map((dot) => dot.period)).toEqual(['2024-Q4', '2025-Q2']);
		expect(gapped.hidden).toEqual(['2025-Q1']);
	});

	it('ticks counts at whole numbers only', () => {
		const small = trendGeometry([{ period: '2025-Q2', value: 1, q1: 0, median: 0, q3: 1 }], null, { integerTicks: true });
		expect(small.yTicks.map((tick) => tick.value)).toEqual([0, 1]);
	});

	it('keeps 0 in view when every figure is 0', () => {
		const flat = trendGeometry([{ period: '2025-Q2', value: 0, q1: 0, median: 0, q3: 0 }], null, { integerTicks: false });
		expect(flat.dots).toEqual([{ period: '2025-Q2', x: 68, y: 122 }]);
	});
});

describe('TrendChart server render', () => {
	const html = renderChart(points);

	it('draws the paths and the current quarter from the geometry', () => {
		expect(html).toContain('d="M68,122L188,67L308,12"');
		expect(html).toContain('d="M68,100L188,89L308,78"');
		expect(html).toContain('<circle class="trend__dot svelte-');
		expect(html).toMatch(/cx="308" cy="12" r="3.5"/);
		expect(html).toMatch(/x1="308" x2="308" y1="12" y2="122"/);
	});

	it('labels the axes with formatted ticks and quarters', () => {
		for (const tick of ['>0<', '>5<', '>10<', 'FY2024-25 Q4', 'FY2025-26 Q2']) expect(html).toContain(tick);
	});

	it('has a text alternative: title, description and a table of every quarter', () => {
		expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="[^"]*-title [^"]*-desc"/);
		expect(html).toContain('Referrals received, Pikangikum 14, by quarter</title>');
		expect(html).toContain('FY2024-25 Q4: 0. FY2025-26 Q2: 10; provincial median 4.</desc>');
		expect(html.match(/<tr><th scope="row">/g)).toHaveLength(3);
		expect(html).toContain('<td>5</td><td>3</td><td>1 to 5</td>');
	});

	it('shows "<5" and "withheld" in the table and notes the gap', () => {
		const hidden = renderChart(
			points.map((point, i) => (i === 1 ? { ...point, value: SUPPRESSED } : i === 2 ? { ...point, value: WITHHELD } : point))
		);
		expect(hidden).toContain('<td>&lt;5</td>');
		expect(hidden).toContain('<td>withheld</td>');
		expect(hidden).toContain(coverageEn.trend.hiddenNote);
	});

	it('says so when there is nothing to draw', () => {
		const empty = renderChart(points.map((point) => ({ ...point, value: null })), 'clearance_ratio');
		expect(empty).toContain(`${coverageEn.trend.noData}</desc>`);
		expect(empty).not.toContain('class="trend__value');
	});
});
