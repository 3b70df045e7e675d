/**
 * From flag to request (issue 7, deliverable 3): a community flagged "Project P assistance recommended"
 * gets a draft request pre-filled from its coverage flag — the gap level, why Project P is recommended
 * and the titles of the gap reasons — in the writer's language. Reason titles, not their sentences: the
 * sentences quote caseload counts, and a description stays short (at most 500 characters). The writer
 * edits the draft before filing; nothing is filed until they do.
 */
import { formatPeriod } from '../../format';
import { LEVEL_LABELS } from '../coverage/levels';
import { REASONS, type ReasonCode } from '../coverage/reasons';
import { DESCRIPTION_MAX_LENGTH, type RequestKind, type Urgency } from './vocabulary';
import type { Locale } from '../locale';
import type { Level, ProjectPBasis } from '../vocabulary';

export interface CoverageFlag {
	period: string;
	level: Level;
	recommended: boolean;
	basis: ProjectPBasis | null;
	reason_codes: readonly ReasonCode[];
}

export interface RequestDraft {
	kind: RequestKind;
	urgency: Urgency;
	description: string;
}

const BASIS: { readonly [B in ProjectPBasis]: { en: string; fr: string } } = {
	assisted_overloaded: {
		en: 'no ICE unit of its own and the OPP team assisting it is overloaded',
		fr: 'aucune unité EEI propre et l’équipe de la PPO qui l’aide est surchargée'
	},
	assisted_far: {
		en: 'no ICE unit of its own and the OPP team assisting it is far away',
		fr: 'aucune unité EEI propre et l’équipe de la PPO qui l’aide est éloignée'
	},
	assisted_fly_in: {
		en: 'no ICE unit of its own and a fly-in community',
		fr: 'aucune unité EEI propre et une collectivité accessible par avion'
	}
};

const FORENSIC: readonly ReasonCode[] = ['responder_forensic_backlog', 'responder_forensic_without_examiner'];

/** Forensic help when the flag is about devices awaiting examination; investigation support otherwise. */
export function suggestedKind(codes: readonly ReasonCode[]): RequestKind {
	return codes.length > 0 && codes.every((code) => FORENSIC.includes(code)) ? 'forensic_examination' : 'investigation_support';
}

export function draftFromFlag(flag: CoverageFlag, locale: Locale): RequestDraft {
	const level = LEVEL_LABELS[flag.level][locale].toLowerCase();
	const period = formatPeriod(flag.period, locale);
	const head =
		locale === 'fr'
			? `Indicateur de couverture (${period}) : niveau ${level}${flag.basis ? `; Projet P recommandé : ${BASIS[flag.basis].fr}` : ''}.`
			: `Coverage flag (${period}): level ${level}${flag.basis ? `; Project P recommended: ${BASIS[flag.basis].en}` : ''}.`;
	const label = locale === 'fr' ? ' Motifs : ' : ' Reasons: ';
	let titles = flag.reason_codes.map((code) => REASONS[code].title[locale]);
	const compose = (list: string[]) => (list.length === 0 ? head : `${head}${label}${list.join('; ')}.`);
	// Whole titles only: drop the last ones until the draft fits (it never comes close with today's 9 reasons).
	while (titles.length > 0 && compose(titles).length > DESCRIPTION_MAX_LENGTH) titles = titles.slice(0, -1);
	return {
		kind: suggestedKind(flag.reason_codes),
		urgency: flag.level === 'critical' ? 'high' : 'routine',
		description: compose(titles)
	};
}
