import { describe, expect, it } from 'vitest';
import { levelOf, worseLevel } from './levels';

describe('levelOf', () => {
	it('is none without reasons', () => {
		expect(levelOf([])).toBe('none');
	});

	it('is the worst severity when at most one reason reaches gap', () => {
		expect(levelOf([{ severity: 'watch' }, { severity: 'watch' }, { severity: 'watch' }])).toBe('watch');
		expect(levelOf([{ severity: 'watch' }, { severity: 'gap' }])).toBe('gap');
	});

	it('escalates to critical when two or more reasons reach gap', () => {
		expect(levelOf([{ severity: 'gap' }, { severity: 'watch' }, { severity: 'gap' }])).toBe('critical');
	});

	it('orders none < watch < gap < critical', () => {
		expect(worseLevel('watch', 'gap')).toBe('gap');
		expect(worseLevel('critical', 'none')).toBe('critical');
	});
});
