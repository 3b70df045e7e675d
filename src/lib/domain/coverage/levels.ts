/**
 * Gap levels (issue 3): a community's level is its worst reason's severity, escalated to `critical` when
 * two or more reasons reach `gap`. The order none < watch < gap < critical is the only place levels are
 * compared. Their words are in the dictionary (i18n/sections/vocabulary.ts), keyed by level.
 */
import type { Level } from '../vocabulary';

const RANK: Readonly<Record<Level, number>> = { none: 0, watch: 1, gap: 2, critical: 3 };

export function levelRank(level: Level): number {
	return RANK[level];
}

export function worseLevel(a: Level, b: Level): Level {
	return RANK[b] > RANK[a] ? b : a;
}

/** The level a set of reasons earns. */
export function levelOf(reasons: readonly { severity: Level }[]): Level {
	let worst: Level = 'none';
	let atLeastGap = 0;
	for (const reason of reasons) {
		worst = worseLevel(worst, reason.severity);
		if (RANK[reason.severity] >= RANK.gap) atLeastGap += 1;
	}
	return atLeastGap >= 2 ? 'critical' : worst;
}
