import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { textContext } from '$lib/i18n/context';
import { en } from '$lib/i18n/en';
import SkiSlopeChart from './SkiSlopeChart.svelte';
import { SLOPE_SIZE, slopeLayout, type SlopeBar } from './ski-slope-layout';

const bars: SlopeBar[] = [
	{ id: 'a', label: 'Alpha Police Service', value: 2.5, rank: 1, role: 'other' },
	{ id: 'b', label: 'Beta Police Service', value: 2, rank: 2, role: 'peer' },
	{ id: 'c', label: 'Gamma Police Service', value: 1.5, rank: 3, role: 'chosen' },
	{ id: 'd', label: 'Delta Police Service', value: 1, rank: 4, role: 'peer' },
	{ id: 'e', label: 'Epsilon Police Service', value: 0, rank: 5, role: 'other' }
];

function renderChart(overrides: Partial<{ bars: SlopeBar[]; caveats: string[] }> = {}): string {
	return render(SkiSlopeChart, {
		props: {
			metric: 'investigators_per_100k',
			title: 'ICE investigators per 100,000 population',
			bars: overrides.bars ?? bars,
			references: [
				{ kind: 'group', value: 1.4 },
				{ kind: 'province', value: null }
			],
			summary: 'Gamma Police Service ranks 3rd of 5 with 1.5.',
			caveats: overrides.caveats ?? ['Values are rounded to one decimal for display, not for ranking.']
		},
		context: textContext(en, 'en')
	}).body;
}

describe('SkiSlopeChart server render', () => {
	const html = renderChart();

	it('draws one column per service, highest first, with its role', () => {
		const columns = [...html.matchAll(/<rect class="bar bar--(\w+) svelte-\w+"[^>]*data-service="(\w)"/g)].map((m) => [m[2], m[1]]);
		expect(columns).toEqual([['a', 'other'], ['b', 'peer'], ['c', 'chosen'], ['d', 'peer'], ['e', 'other']]);
	});

	it('marks the group with dots as well as colour, and names the chosen service', () => {
		expect(html.match(/class="peer-dot /g)).toHaveLength(2);
		expect(html).toMatch(/class="callout [^"]*"[^>]*>Gamma Police Service<\/text>/);
	});

	it('draws the averages that exist and leaves out a missing one', () => {
		expect(html).toContain('reference reference--group ');
		expect(html).not.toContain('reference--province ');
	});

	it('has a text alternative: named by its title and summary, with the values as a table', () => {
		expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="slope-investigators_per_100k-title slope-investigators_per_100k-summary"/);
		expect(html).toContain('Gamma Police Service ranks 3rd of 5 with 1.5.');
		expect(html.match(/<tr/g)).toHaveLength(6);
		expect(html).toContain('<caption>ICE investigators per 100,000 population</caption>');
	});

	it('states its caveats and formats ticks with format.ts', () => {
		expect(html).toContain('Values are rounded to one decimal for display, not for ranking.');
		expect(html).toMatch(/text-anchor="end"[^>]*>2\.5</);
	});

	it('renders the same SVG for the same props', () => {
		expect(renderChart()).toBe(html);
		expect(html.slice(html.indexOf('<svg'), html.indexOf('</svg>') + 6)).toMatchSnapshot();
	});
});

describe('ski-slope layout', () => {
	it('hangs negative values below the zero line', () => {
		const layout = slopeLayout(
			[
				{ id: 'up', label: 'Up', value: 10, rank: 1, role: 'other' },
				{ id: 'down', label: 'Down', value: -5, rank: 2, role: 'chosen' }
			],
			[]
		);
		const [up, down] = layout.bars;
		expect(up!.y + up!.height).toBeCloseTo(layout.zeroY, 9);
		expect(down!.y).toBeCloseTo(layout.zeroY, 9);
		expect(layout.zeroY).toBeGreaterThan(SLOPE_SIZE.top);
		expect(layout.callout?.anchor).toBe('end');
	});
});
