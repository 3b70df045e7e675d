/**
 * Coverage for one period as a given viewer may see it: stored inputs → the pure engine on public rows
 * (small counts replaced by a stand-in at source, domain/coverage/public-data.ts) → disclosure control for
 * that viewer's clearance. The published result depends only on the stored data, so it is computed once
 * per data version and kept (server/cache.ts); every app instance reads the version from the database, so
 * all of them give the same answer. Disclosure is applied per request, on the kept result.
 */
import type { AtlasDb } from './db/client';
import {
	discloseCoverage,
	publishCoverage,
	type Clearance,
	type CoverageInput,
	type CoverageView,
	type PublishedCoverage
} from '../domain/coverage';
import { isPeriodKey, type PeriodKey } from '../domain/period';
import { dataCache } from './cache';
import * as coverageInputs from './queries/coverage-inputs';
import * as settings from './queries/settings';

export type PeriodChoice = { ok: true; period: PeriodKey; periods: PeriodKey[] } | { ok: false; message: string };

/** Every period with data, oldest first (shared: do not mutate). */
export function periodsWithData(db: AtlasDb): Promise<readonly PeriodKey[]> {
	return dataCache.get(db, 'periods', () => coverageInputs.periods(db));
}

/**
 * The period a request asks for: `YYYY-Qn` with data, or the latest quarter with data when absent.
 * A malformed or unknown period is an error message naming it (the API turns it into a 400).
 */
export async function choosePeriod(db: AtlasDb, requested: string | null): Promise<PeriodChoice> {
	const periods = [...(await periodsWithData(db))];
	const latest = periods.at(-1);
	if (!latest) return { ok: false, message: 'no ICE data is loaded yet' };
	if (requested === null || requested === '') return { ok: true, period: latest, periods };
	if (!isPeriodKey(requested)) return { ok: false, message: `'${requested.slice(0, 20)}' is not a period (expected YYYY-Qn, e.g. ${latest})` };
	if (!periods.includes(requested)) {
		return { ok: false, message: `no data for period ${requested} (available: ${periods[0]} to ${latest})` };
	}
	return { ok: true, period: requested, periods };
}

/**
 * The engine's input with stored rows up to and including `upTo` (earlier quarters feed trends) and
 * the stored thresholds; `period` is the quarter to compute. Shared: do not mutate.
 */
export async function coverageInputFor(db: AtlasDb, upTo: PeriodKey): Promise<Omit<CoverageInput, 'period'>> {
	return dataCache.get(db, `input:${upTo}`, async () => {
		const [inputs, thresholds] = await Promise.all([coverageInputs.load(db, upTo), settings.coverageThresholds(db)]);
		return { ...inputs, thresholds };
	});
}

/** The published engine result for `period` (inputs up to it), before disclosure. Shared: do not mutate. */
export function coverageRun(db: AtlasDb, period: PeriodKey): Promise<PublishedCoverage> {
	return dataCache.get(db, `coverage:${period}`, async () => publishCoverage({ ...(await coverageInputFor(db, period)), period }));
}

/**
 * The published engine results for each of `periods`, all from the inputs up to `upTo` (a trend or
 * comparison window reads the database once). Shared: do not mutate.
 */
export function coverageRuns(db: AtlasDb, upTo: PeriodKey, periods: readonly PeriodKey[]): Promise<PublishedCoverage[]> {
	return dataCache.get(db, `coverage-runs:${upTo}:${periods.join(',')}`, async () => {
		const input = await coverageInputFor(db, upTo);
		return periods.map((period) => publishCoverage({ ...input, period }));
	});
}

export async function coverageFor(db: AtlasDb, period: PeriodKey, cleared: Clearance): Promise<CoverageView> {
	return discloseCoverage(await coverageRun(db, period), cleared);
}
