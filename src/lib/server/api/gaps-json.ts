/**
 * GET /api/gaps as text, fast. The answer is half a megabyte: building the objects and the string for
 * every request cost more than everything else together (bench/load.ts). A community's row depends on
 * the data and on one thing about the viewer: whether they are cleared for the community's police
 * service. So each row is written once per data version in both forms, cleared and controlled
 * (disclosure.ts applied to the whole run each way), and each request picks, row by row, the form its
 * viewer's clearance gives. Nothing about a viewer is kept; the text equals what
 * `JSON.stringify` of the disclosed view gives (tests/integration/gaps-json.test.ts).
 */
import type { AtlasDb } from '../db/client';
import { discloseCoverage, type Clearance } from '../../domain/coverage';
import { periodFields, type PeriodKey } from '../../domain/period';
import { dataCache } from '../cache';
import { coverageRun, periodsWithData } from '../coverage';
import { communityGapJson, isIllustrative } from './coverage-json';

interface GapRows {
	/** The police service of each row, in the answer's order. */
	serviceOf: string[];
	cleared: string[];
	controlled: string[];
	/** Everything before the rows: the period's fields, illustrative, thresholds, count, services. */
	head: string;
}

async function gapRows(db: AtlasDb, period: PeriodKey): Promise<GapRows> {
	const [run, periods] = await Promise.all([coverageRun(db, period), periodsWithData(db)]);
	const open = discloseCoverage(run, () => true);
	const closed = discloseCoverage(run, () => false);
	const rank = new Map(open.ranked.communities.map((row, index) => [row.csduid, index + 1]));
	const row = (community: (typeof open.communities)[number]) => JSON.stringify({ ...communityGapJson(community), rank: rank.get(community.csduid) ?? null });
	const services = open.ranked.services.map((service, index) => ({ rank: index + 1, ...service }));
	const meta = { ...periodFields(period, periods.at(-1)), illustrative: isIllustrative(open), thresholds: open.thresholds, count: open.communities.length, services };
	return {
		serviceOf: open.communities.map((community) => community.police_service_id),
		cleared: open.communities.map(row),
		controlled: closed.communities.map(row),
		head: JSON.stringify(meta).slice(0, -1)
	};
}

/** The body of GET /api/gaps for `period` as `cleared` may see it. */
export async function gapsJson(db: AtlasDb, period: PeriodKey, cleared: Clearance): Promise<string> {
	const rows = await dataCache.get(db, `gaps-json:${period}`, () => gapRows(db, period));
	const shown = new Map<string, boolean>();
	const parts = rows.serviceOf.map((service, index) => {
		let ok = shown.get(service);
		if (ok === undefined) shown.set(service, (ok = cleared(service)));
		return (ok ? rows.cleared[index] : rows.controlled[index]) ?? 'null';
	});
	return `${rows.head},"data":[${parts.join(',')}]}`;
}
