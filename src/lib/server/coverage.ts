/**
 * Coverage for one period as a given viewer may see it: stored inputs → the pure engine on public rows
 * (small counts replaced by a stand-in at source, domain/coverage/public-data.ts) → disclosure control for
 * that viewer's clearance. Always recomputed from the database, so every app instance gives the same answer (a few ms for the province; see bench/).
 */
import type { AtlasDb } from './db/client';
import { discloseCoverage, publishCoverage, type Clearance, type CoverageView } from '../domain/coverage';
import { isPeriodKey, type PeriodKey } from '../domain/period';
import * as coverageInputs from './queries/coverage-inputs';
import * as settings from './queries/settings';

export type PeriodChoice = { ok: true; period: PeriodKey; periods: PeriodKey[] } | { ok: false; message: string };

/**
 * The period a request asks for: `YYYY-Qn` with data, or the latest quarter with data when absent.
 * A malformed or unknown period is an error message naming it (the API turns it into a 400).
 */
export async function choosePeriod(db: AtlasDb, requested: string | null): Promise<PeriodChoice> {
	const periods = await coverageInputs.periods(db);
	const latest = periods.at(-1);
	if (!latest) return { ok: false, message: 'no ICE data is loaded yet' };
	if (requested === null || requested === '') return { ok: true, period: latest, periods };
	if (!isPeriodKey(requested)) return { ok: false, message: `'${requested.slice(0, 20)}' is not a period (expected YYYY-Qn, e.g. ${latest})` };
	if (!periods.includes(requested)) {
		return { ok: false, message: `no data for period ${requested} (available: ${periods[0]} to ${latest})` };
	}
	return { ok: true, period: requested, periods };
}

export async function coverageFor(db: AtlasDb, period: PeriodKey, cleared: Clearance): Promise<CoverageView> {
	const [inputs, thresholds] = await Promise.all([coverageInputs.load(db, period), settings.coverageThresholds(db)]);
	return discloseCoverage(publishCoverage({ ...inputs, period, thresholds }), cleared);
}
