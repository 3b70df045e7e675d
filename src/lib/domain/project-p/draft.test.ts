import { describe, expect, it } from 'vitest';
import { identifiersIn } from './description';
import { draftFromFlag, suggestedKind, type CoverageFlag } from './draft';
import { REASONS, type ReasonCode } from '../coverage/reasons';
import { flagDescriber } from '$lib/i18n/flag-draft';
import { messages } from '$lib/i18n/messages';
import type { Locale } from '$lib/i18n/locale';

const words = (locale: Locale) => flagDescriber(messages(locale), locale);

const FLAG: CoverageFlag = {
	period: '2025-Q2',
	level: 'critical',
	recommended: true,
	basis: 'assisted_overloaded',
	reason_codes: ['responder_load', 'assisted_by_opp', 'fly_in_community']
};

describe('draftFromFlag', () => {
	it('pre-fills the description with the flag’s level, basis and reasons, in English', () => {
		expect(draftFromFlag(FLAG, words('en'))).toEqual({
			kind: 'investigation_support',
			urgency: 'high',
			description:
				'Coverage flag (FY2025-26 Q2): level critical; Project P recommended: no ICE unit of its own and the OPP team assisting it is overloaded. Reasons: Responder’s referral load; Answered by the OPP; Fly-in community.'
		});
	});

	it('writes the draft in French for a French reader', () => {
		expect(draftFromFlag({ ...FLAG, level: 'gap', basis: 'assisted_far', reason_codes: ['assisted_by_opp', 'far_from_base'] }, words('fr'))).toMatchObject({
			urgency: 'routine',
			description:
				'Indicateur de couverture (EF 2025-2026 T2) : niveau lacune; Projet P recommandé : aucune unité EEI propre et l’équipe de la PPO qui l’aide est éloignée. Motifs : Desservie par la PPO; Loin de son répondant.'
		});
	});

	it('always fits the description limit and passes the identifier check', () => {
		const every = Object.keys(REASONS) as ReasonCode[];
		for (const locale of ['en', 'fr'] as const) {
			const draft = draftFromFlag({ ...FLAG, reason_codes: [...every, ...every, ...every] }, words(locale));
			expect(draft.description.length).toBeLessThanOrEqual(500);
			expect(identifiersIn(draft.description)).toEqual([]);
		}
	});

	it('suggests forensic examination when the flag is only about a forensic backlog', () => {
		expect(suggestedKind(['responder_forensic_without_examiner'])).toBe('forensic_examination');
		expect(suggestedKind(['responder_forensic_backlog', 'fly_in_community'])).toBe('investigation_support');
		expect(suggestedKind([])).toBe('investigation_support');
	});
});
