import { describe, expect, it } from 'vitest';
import { remotenessClass } from '../../metrics';

describe('remotenessClass', () => {
	it('uses the 50 km and 150 km policy boundaries, lower bound inclusive', () => {
		expect(remotenessClass(0, false)).toBe('urban_access');
		expect(remotenessClass(49.9, false)).toBe('urban_access');
		expect(remotenessClass(50, false)).toBe('rural');
		expect(remotenessClass(149.9, false)).toBe('rural');
		expect(remotenessClass(150, false)).toBe('remote');
	});

	it('lets the fly-in flag win over any distance', () => {
		expect(remotenessClass(0, true)).toBe('fly_in');
		expect(remotenessClass(null, true)).toBe('fly_in');
	});

	it('calls a community remote when no ICE unit exists anywhere', () => {
		expect(remotenessClass(null, false)).toBe('remote');
	});
});
