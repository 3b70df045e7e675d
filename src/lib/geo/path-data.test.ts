import { describe, expect, it } from 'vitest';
import { compactPathData } from './path-data';

/** The absolute points a path visits, subpath by subpath (a tiny reader for M, L, l and Z/z). */
function points(d: string): [number, number][][] {
	const subpaths: [number, number][][] = [];
	for (const part of d.match(/[Mm][^Mm]*/g) ?? []) {
		const [head, ...rest] = part.split(/(?=[lL])/);
		const start = (head?.match(/-?\d*\.?\d+/g) ?? []).map(Number);
		let x = start[0] ?? NaN;
		let y = start[1] ?? NaN;
		const ring: [number, number][] = [[x, y]];
		for (const segment of rest) {
			const values = (segment.match(/-?\d*\.?\d+/g) ?? []).map(Number);
			for (let i = 0; i + 1 < values.length; i += 2) {
				const relative = segment.startsWith('l');
				x = Math.round(((relative ? x : 0) + (values[i] ?? NaN)) * 10) / 10;
				y = Math.round(((relative ? y : 0) + (values[i + 1] ?? NaN)) * 10) / 10;
				ring.push([x, y]);
			}
		}
		subpaths.push(ring);
	}
	return subpaths;
}

describe('compactPathData', () => {
	const d3Path = 'M926.3,775.8L925.8,775.8L925.9,774.8L925.3,775L924.4,776.3L930,780ZM10,20L10.5,19.9L0.1,-3Z';

	it('visits exactly the same points, ring by ring', () => {
		const compact = compactPathData(d3Path);
		expect(points(compact)).toEqual(points(d3Path));
		expect(points(compact)).toHaveLength(2);
		expect(compact.match(/z/g)).toHaveLength(2);
	});

	it('writes relative steps in the fewest characters', () => {
		expect(compactPathData('M926.3,775.8L925.8,775.8L925.9,774.8Z')).toBe('M926.3,775.8l-.5,0,.1-1z');
		expect(compactPathData(d3Path).length).toBeLessThan(d3Path.length * 0.8);
	});

	it('keeps open lines open and leaves anything but straight lines alone', () => {
		expect(compactPathData('M1,2L3,4')).toBe('M1,2l2,2');
		const arc = 'M0,4.5a4.5,4.5 0 1,1 0,-9a4.5,4.5 0 1,1 0,9z';
		expect(compactPathData(arc)).toBe(arc);
		expect(compactPathData('')).toBe('');
	});

	it('adds no drift along a long ring', () => {
		const ring = Array.from({ length: 2000 }, (_, i) => `${i === 0 ? 'M' : 'L'}${(100 + i * 0.3).toFixed(1)},${(50 - i * 0.7).toFixed(1)}`).join('') + 'Z';
		const last = points(compactPathData(ring))[0]?.at(-1);
		expect(last).toEqual([Number((100 + 1999 * 0.3).toFixed(1)), Number((50 - 1999 * 0.7).toFixed(1))]);
	});
});
