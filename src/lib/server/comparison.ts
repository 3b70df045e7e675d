/**
 * The peer comparison's data for one quarter and one viewer: the coverage engine is run on the stored
 * inputs for the quarter and those before it, TREND_QUARTERS in all (one read of the database), and each
 * result is disclosed twice: for everyone (nobody cleared), which is all that groups, distances, ranks,
 * percentiles and averages are computed on, and for the viewer, whose own cleared figures are shown
 * beside them. So two viewers asking the same question get the same ranks, and no published figure
 * moves with a count some viewer may not see (domain/peers/basis.ts, comparison.ts). The raw results
 * serve only as weights, used for members whose value is published (averages.ts).
 */
import type { AtlasDb } from './db/client';
import { discloseCoverage, NOBODY_CLEARED, STAND_IN, type Clearance, type PublishedCoverage } from '../domain/coverage';
import type { PeriodKey } from '../domain/period';
import {
	buildProfiles,
	buildSnapshots,
	readGroupParams,
	serviceComparison,
	type QuarterSnapshots,
	type ServiceComparisonView,
	type ServiceProfile,
	type ServiceSnapshot
} from '../domain/peers';
import type { Locale } from '../i18n/locale';
import { serviceName } from '../domain/names';
import { dataCache } from './cache';
import { choosePeriod, coverageInputFor, coverageRuns } from './coverage';
import * as peerInputs from './queries/peer-inputs';
import * as services from './queries/services';

/** Quarters in the trend charts, the compared one included: two fiscal years. */
export const TREND_QUARTERS = 8;

export interface ComparisonData {
	period: PeriodKey;
	/** Raw context of every service; server-side only (features are disclosed per viewer). */
	profiles: ServiceProfile[];
	/** Oldest first; the last is `period`. */
	quarters: QuarterSnapshots[];
	/** The compared quarter's snapshots published to everyone (the last of `quarters`). */
	snapshots: readonly ServiceSnapshot[];
	/** The compared quarter's snapshots as the viewer may see them. */
	shown: readonly ServiceSnapshot[];
	/** Some figure shown is illustrative (domain.md §11). */
	illustrative: boolean;
}

export interface ComparisonRequest {
	period: PeriodKey;
	/** Every period with data (coverage.ts `choosePeriod`). */
	periods: readonly PeriodKey[];
	cleared: Clearance;
	trendQuarters?: number;
}

/**
 * The services as peer profiles read them: public figures, with a rolling referral total that includes a
 * hidden quarter marked small (the stand-in), so the referral rate feature is withheld rather than
 * published and solvable from distances (public-data.ts).
 */
function profileServices(source: PublishedCoverage) {
	return {
		services: source.coverage.services.map((service) =>
			source.tainted.services.get(service.police_service_id)?.has('referrals_trailing')
				? { ...service, counts: { ...service.counts, referrals_trailing: STAND_IN } }
				: service
		)
	};
}

export async function loadComparison(db: AtlasDb, request: ComparisonRequest): Promise<ComparisonData> {
	const window = request.periods.filter((key) => key <= request.period).slice(-(request.trendQuarters ?? TREND_QUARTERS));
	// The engine runs and peer inputs are kept per data version (server/cache.ts); disclosure is per request.
	const [inputs, runs, communities] = await Promise.all([
		coverageInputFor(db, request.period),
		coverageRuns(db, request.period, window),
		dataCache.get(db, 'peer-communities', () => peerInputs.communities(db))
	]);
	const computed = window.map((period, index) => {
		const source = runs[index];
		if (!source) throw new Error(`No coverage for period ${period}`);
		const raw = source.coverage;
		const view = discloseCoverage(source, request.cleared);
		const published = discloseCoverage(source, NOBODY_CLEARED);
		return { period, raw: profileServices(source), view, snapshots: buildSnapshots(raw, published, inputs.quarters), shown: buildSnapshots(raw, view, inputs.quarters) };
	});
	const compared = computed.at(-1);
	if (!compared || compared.period !== request.period) throw new Error(`No coverage for period ${request.period}`);
	return {
		period: request.period,
		profiles: buildProfiles(compared.raw.services, communities),
		quarters: computed.map(({ period, snapshots, shown }) => ({ period, snapshots, shown })),
		snapshots: compared.snapshots,
		shown: compared.shown,
		illustrative: compared.view.services.some((service) => service.illustrative)
	};
}

export type ServiceComparisonResult =
	| {
			ok: true;
			data: ComparisonData;
			view: ServiceComparisonView;
			period: PeriodKey;
			periods: PeriodKey[];
			/** The group size asked for (kept in the form when another grouping is shown). */
			k: number;
			/** Every service's name in the reader's language, by id (chart labels, peer lists). */
			names: Record<string, string>;
	  }
	| { ok: false; status: 400 | 404; parameter: string; message: string };

/**
 * One service's comparison as the page, its CSV and the API read it from a URL: `period`, `group`
 * and `k` checked the same way everywhere, so a shared link gives the same figures in every format.
 */
export async function serviceComparisonFor(
	db: AtlasDb,
	serviceId: string,
	params: URLSearchParams,
	request: { cleared: Clearance; locale: Locale; trendQuarters?: number }
): Promise<ServiceComparisonResult> {
	const [choice, directory] = await Promise.all([choosePeriod(db, params.get('period')), services.list(db)]);
	if (!directory.some((service) => service.id === serviceId)) {
		return { ok: false, status: 404, parameter: 'service', message: `police service '${serviceId}' not found` };
	}
	if (!choice.ok) return { ok: false, status: 400, parameter: 'period', message: choice.message };
	const group = readGroupParams(params, directory.length);
	if (!group.ok) return { ok: false, status: 400, parameter: group.parameter, message: group.message };
	const data = await loadComparison(db, { period: choice.period, periods: choice.periods, cleared: request.cleared, trendQuarters: request.trendQuarters });
	const view = serviceComparison({ ...data, serviceId, basis: group.basis, k: group.k, cleared: request.cleared });
	const names = Object.fromEntries(directory.map((service) => [service.id, serviceName(service.name, service.name_fr, request.locale)]));
	return { ok: true, data, view, period: choice.period, periods: choice.periods, k: group.k, names };
}
