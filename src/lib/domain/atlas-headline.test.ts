import { describe, expect, it } from 'vitest';
import { headlineFigures } from './atlas-headline';
import type { CoverageView } from './coverage';

type Input = Parameters<typeof headlineFigures>[0];

function community(level: 'none' | 'watch' | 'gap' | 'critical', projectP: boolean, children: number | null) {
	return { level, project_p_recommended: projectP, children } as CoverageView['communities'][number];
}

function service(population: number | null, perHundredK: unknown, perCapitaCents: unknown) {
	return { population, metrics: { investigators_per_100k: perHundredK, funding_per_capita: perCapitaCents } } as unknown as CoverageView['services'][number];
}

describe('headlineFigures', () => {
	it('counts flagged and Project P communities and the children in the Project P ones', () => {
		const input: Input = {
			communities: [community('none', false, 500), community('watch', false, 40), community('critical', true, 120), community('gap', true, null)],
			services: []
		};
		const figures = headlineFigures(input);
		expect(figures).toMatchObject({ communities: 4, flagged: 3, projectP: 2, projectPChildren: 120 });
		expect(figures.investigators).toBeNull();
		expect(figures.fundingCents).toBeNull();
	});

	it('recovers investigators and funding from per-capita rates, skipping withheld or unpopulated services', () => {
		const input: Input = {
			communities: [],
			services: [
				service(200_000, 5, 25), // 10 FTE, $500,000.00
				service(50_000, 4, 10), // 2 FTE, $5,000.00
				service(null, 7, 99), // population not available: unknown, not zero
				service(30_000, { withheld: true }, null)
			]
		};
		const figures = headlineFigures(input);
		expect(figures.investigators).toBe(12);
		expect(figures.fundingCents).toBe(5_500_000);
	});

	it('says "unknown" (null) for children when no Project P community has a count', () => {
		expect(headlineFigures({ communities: [community('critical', true, null)], services: [] }).projectPChildren).toBeNull();
	});
});
