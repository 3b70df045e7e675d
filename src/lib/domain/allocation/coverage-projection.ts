/**
 * What a scenario does to coverage (issue 6, deliverable 3): the FTEs its money funds (projection.ts `projectFtes`,
 * dollars → FTEs by conversion.ts) are added to each service's quarter for the period, and the coverage engine runs
 * again. The provincial reference (median caseload, capacity percentile) is held at its value before the money, as the
 * engine's `reference` option intends for what-if comparisons: otherwise staffing everyone up would move the bar that
 * the relative rules measure against, and a community could look worse for no change of its own.
 */
import { computeCoverage } from '../coverage/compute-coverage';
import { levelRank } from '../coverage/levels';
import type { Coverage, CoverageInput } from '../coverage/types';
import type { AddedFtes } from './projection';
import type { Level } from '../vocabulary';

export type LevelChange = {
	csduid: string;
	police_service_id: string;
	before: Level;
	after: Level;
	direction: 'improved' | 'worse';
	/** Children 0–17 living there (null: population not available). */
	children: number | null;
};

export type CoverageProjection = {
	/** Communities whose level changes: improvements first, then by children (most first), then by CSDUID. */
	changes: LevelChange[];
	/** Every community's level with the scenario's FTEs, by CSDUID (for the map). */
	levels_after: Record<string, Level>;
	improved: number;
	worse: number;
	/** Communities at `gap` or `critical` before and at `watch` or `none` after. */
	gaps_closed: number;
	children_in_closed_gaps: number;
	/** Funded services with no report for the period: nothing to add the FTEs to, so they are not projected. */
	not_projected: string[];
};

const isGap = (level: Level) => level === 'gap' || level === 'critical';

function byImpact(a: LevelChange, b: LevelChange): number {
	if (a.direction !== b.direction) return a.direction === 'improved' ? -1 : 1;
	const children = (b.children ?? 0) - (a.children ?? 0);
	if (children !== 0) return children;
	return a.csduid < b.csduid ? -1 : a.csduid > b.csduid ? 1 : 0;
}

/** `input` is what produced `baseline` (same period, thresholds and rows); `added` comes from projectFtes. */
export function projectCoverage(input: CoverageInput, baseline: Coverage, added: readonly AddedFtes[]): CoverageProjection {
	const funded = new Map(
		added
			.filter((row) => row.investigator_fte_added > 0 || row.forensic_examiner_fte_added > 0)
			.map((row) => [row.police_service_id, row])
	);
	const reported = new Set<string>();
	const quarters = input.quarters.map((quarter) => {
		const extra = quarter.period === input.period ? funded.get(quarter.police_service_id) : undefined;
		if (!extra) return quarter;
		reported.add(quarter.police_service_id);
		return {
			...quarter,
			investigators_fte: quarter.investigators_fte + extra.investigator_fte_added,
			forensic_examiners_fte: quarter.forensic_examiners_fte + extra.forensic_examiner_fte_added
		};
	});
	const after = computeCoverage({ ...input, quarters, thresholds: baseline.thresholds, reference: baseline.reference });

	const levelsAfter: Record<string, Level> = {};
	for (const community of after.communities) levelsAfter[community.csduid] = community.level;
	const changes: LevelChange[] = [];
	let gapsClosed = 0;
	let childrenInClosedGaps = 0;
	for (const community of baseline.communities) {
		const level = levelsAfter[community.csduid] ?? community.level;
		if (level === community.level) continue;
		const improved = levelRank(level) < levelRank(community.level);
		changes.push({
			csduid: community.csduid,
			police_service_id: community.police_service_id,
			before: community.level,
			after: level,
			direction: improved ? 'improved' : 'worse',
			children: community.children
		});
		if (isGap(community.level) && !isGap(level)) {
			gapsClosed += 1;
			childrenInClosedGaps += community.children ?? 0;
		}
	}
	changes.sort(byImpact);
	return {
		changes,
		levels_after: levelsAfter,
		improved: changes.filter((change) => change.direction === 'improved').length,
		worse: changes.filter((change) => change.direction === 'worse').length,
		gaps_closed: gapsClosed,
		children_in_closed_gaps: childrenInClosedGaps,
		not_projected: [...funded.keys()].filter((id) => !reported.has(id)).sort()
	};
}
