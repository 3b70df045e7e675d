import { describe, expect, it } from 'vitest';
import { childrenShareBasis, publicJurisdictionNote } from './community-notes';

describe('publicJurisdictionNote', () => {
	it('drops the compilers’ "verify" clauses and keeps the facts', () => {
		expect(publicJurisdictionNote('NAPS polices 34 Nishnawbe Aski Nation communities; the exact community list changes; verify')).toBe(
			'NAPS polices 34 Nishnawbe Aski Nation communities; the exact community list changes'
		);
		expect(publicJurisdictionNote('listed as a police service board; verify it has not moved to the OPP')).toBe('listed as a police service board');
	});

	it('keeps a note without one as it is, and gives null for nothing left', () => {
		expect(publicJurisdictionNote('Cavan Monaghan by contract')).toBe('Cavan Monaghan by contract');
		expect(publicJurisdictionNote('verify')).toBeNull();
		expect(publicJurisdictionNote(null)).toBeNull();
	});
});

describe('childrenShareBasis', () => {
	it('tells Ontario’s census share from the assumed reserve share', () => {
		expect(childrenShareBasis(0.195)).toBe('ontario');
		expect(childrenShareBasis(0.3)).toBe('assumed');
	});
});
