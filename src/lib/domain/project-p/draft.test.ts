import { describe, expect, it } from 'vitest';
import { identifiersIn } from './description';
import { draftFromFlag, suggestedKind, type CoverageFlag } from './draft';
import { REASONS, type ReasonCode } from '../coverage/reasons';

const FLAG: CoverageFlag = {
	period: '2025-Q2',
	level: 'critical',
	recommended: true,
	basis: 'critical_level',
	reason_codes: ['no_local_ice_unit', 'far_from_ice_unit', 'fly_in_community']
};

describe('draftFromFlag', () => {
	it('pre-fills the description with the flag’s level, basis and reasons, in English', () => {
		expect(draftFromFlag(FLAG, 'en')).toEqual({
			kind: 'investigation_support',
			urgency: 'high',
			description:
				'Coverage flag (FY2025-26 Q2): level critical; Project P recommended: the gap level is critical. Reasons: No local ICE unit; Far from an ICE unit; Fly-in community.'
		});
	});

	it('writes the draft in French for a French reader', () => {
		expect(draftFromFlag({ ...FLAG, level: 'gap', basis: 'gap_without_ice_unit' }, 'fr')).toMatchObject({
			urgency: 'routine',
			description:
				'Indicateur de couverture (EF 2025-2026 T2) : niveau lacune; Projet P recommandé : une lacune et aucune unité EEI propre. Motifs : Aucune unité EEI locale; Loin d’une unité EEI; Collectivité accessible par avion.'
		});
	});

	it('always fits the description limit and passes the identifier check', () => {
		const every = Object.keys(REASONS) as ReasonCode[];
		for (const locale of ['en', 'fr'] as const) {
			const draft = draftFromFlag({ ...FLAG, reason_codes: [...every, ...every, ...every] }, locale);
			expect(draft.description.length).toBeLessThanOrEqual(500);
			expect(identifiersIn(draft.description)).toEqual([]);
		}
	});

	it('suggests forensic examination when the flag is only about a forensic backlog', () => {
		expect(suggestedKind(['forensic_backlog_without_examiner'])).toBe('forensic_examination');
		expect(suggestedKind(['forensic_backlog', 'fly_in_community'])).toBe('investigation_support');
		expect(suggestedKind([])).toBe('investigation_support');
	});
});
