/**
 * From flag to request (issue 7, deliverable 3): a community flagged "Project P assistance recommended"
 * gets a draft request pre-filled from its coverage flag — the gap level, why Project P is recommended
 * and the titles of the gap reasons — in the writer's language (its words: i18n/flag-draft.ts). Reason
 * titles, not their sentences: the sentences quote caseload counts, and a description stays short (at
 * most 500 characters). The writer edits the draft before filing; nothing is filed until they do.
 */
import type { ReasonCode } from '../coverage/reasons';
import { DESCRIPTION_MAX_LENGTH, type RequestKind, type Urgency } from './vocabulary';
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

const FORENSIC: readonly ReasonCode[] = ['responder_forensic_backlog', 'responder_forensic_without_examiner'];

/** Forensic help when the flag is about devices awaiting examination; investigation support otherwise. */
export function suggestedKind(codes: readonly ReasonCode[]): RequestKind {
	return codes.length > 0 && codes.every((code) => FORENSIC.includes(code)) ? 'forensic_examination' : 'investigation_support';
}

/** Writes a flag's description with the reason codes kept; the caller brings the words (i18n/flag-draft.ts). */
export type DescribeFlag = (flag: CoverageFlag, reasons: readonly ReasonCode[]) => string;

export function draftFromFlag(flag: CoverageFlag, describe: DescribeFlag): RequestDraft {
	let reasons = flag.reason_codes;
	// Whole titles only: drop the last ones until the draft fits (it never comes close with today's 9 reasons).
	while (reasons.length > 0 && describe(flag, reasons).length > DESCRIPTION_MAX_LENGTH) reasons = reasons.slice(0, -1);
	return {
		kind: suggestedKind(flag.reason_codes),
		urgency: flag.level === 'critical' ? 'high' : 'routine',
		description: describe(flag, reasons)
	};
}
