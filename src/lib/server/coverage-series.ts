/**
 * Coverage over every quarter with data, for one community or one police service: what its page
 * shows (the chosen quarter) and its trend charts (all quarters), from one computation.
 *
 * The stored inputs are read once (every quarter, all services) and the pure engine runs once per
 * quarter: each quarter's baselines need the whole province. Each result is narrowed to the subject
 * before disclosure control, so masking costs one service rather than 94. About 26 × 5 ms for the
 * province (tests/integration/coverage-series.test.ts measures it), done once per data version: the
 * engine runs are kept (server/cache.ts), the narrowing and disclosure are per request.
 */
import type { AtlasDb } from './db/client';
import {
	discloseCoverage,
	narrowPublished,
	type Clearance,
	type CommunityCoverageView,
	type Coverage,
	type CoverageView,
	type DisclosedNumber,
	type ServiceCoverageView
} from '../domain/coverage';
import type { PeriodKey } from '../domain/period';
import { TREND_METRICS, type TrendSeries } from '../domain/trend-series';
import { coverageRuns, periodsWithData } from './coverage';
import type { TrendMetricId } from '../metrics';

/** One quarter of a subject's coverage, as the viewer may see it, with that quarter's baselines. */
export interface Snapshot<S> {
	period: PeriodKey;
	subject: S;
	baselines: CoverageView['baselines'];
}

export interface ServiceSubject {
	service: ServiceCoverageView;
	communities: CommunityCoverageView[];
}

/** Runs the engine for every quarter with data; `narrow` keeps the subject (null: not in the data). */
async function history<S>(
	db: AtlasDb,
	cleared: Clearance,
	narrow: (coverage: Coverage) => Coverage | null,
	pick: (view: CoverageView) => S | null
): Promise<Snapshot<S>[]> {
	const periods = await periodsWithData(db);
	const last = periods.at(-1);
	if (!last) return [];
	const runs = await coverageRuns(db, last, periods);
	const snapshots: Snapshot<S>[] = [];
	for (const [index, period] of periods.entries()) {
		const run = runs[index];
		const narrowed = run ? narrowPublished(run, narrow) : null;
		if (!narrowed) continue;
		const view = discloseCoverage(narrowed, cleared);
		const subject = pick(view);
		if (subject !== null) snapshots.push({ period, subject, baselines: view.baselines });
	}
	return snapshots;
}

/** The coverage cut to one police service and those of its communities `keep` names. */
function cutTo(coverage: Coverage, serviceId: string, keep: (community: Coverage['communities'][number]) => boolean): Coverage {
	return {
		...coverage,
		services: coverage.services.filter((row) => row.police_service_id === serviceId),
		communities: coverage.communities.filter((row) => row.police_service_id === serviceId && keep(row))
	};
}

/** The community and its service (the service's masks and reasons apply to the community). */
export function communityHistory(db: AtlasDb, csduid: string, cleared: Clearance): Promise<Snapshot<CommunityCoverageView>[]> {
	return history(
		db,
		cleared,
		(coverage) => {
			const community = coverage.communities.find((row) => row.csduid === csduid);
			return community ? cutTo(coverage, community.police_service_id, (row) => row.csduid === csduid) : null;
		},
		(view) => view.communities[0] ?? null
	);
}

/** The service and every community it polices. */
export function serviceHistory(db: AtlasDb, id: string, cleared: Clearance): Promise<Snapshot<ServiceSubject>[]> {
	return history(
		db,
		cleared,
		(coverage) => (coverage.services.some((row) => row.police_service_id === id) ? cutTo(coverage, id, () => true) : null),
		(view) => (view.services[0] ? { service: view.services[0], communities: view.communities } : null)
	);
}

type TrendValues = { readonly [M in TrendMetricId]?: DisclosedNumber };

/** Each trend metric the subject has, quarter by quarter, against the provincial quartiles. */
export function toTrendSeries<S>(snapshots: readonly Snapshot<S>[], valuesOf: (subject: S) => TrendValues): TrendSeries {
	const series: TrendSeries = {};
	for (const metric of TREND_METRICS) {
		if (!snapshots.some((snapshot) => valuesOf(snapshot.subject)[metric] !== undefined)) continue;
		series[metric] = snapshots.map((snapshot) => {
			const baseline = snapshot.baselines[metric];
			return {
				period: snapshot.period,
				value: valuesOf(snapshot.subject)[metric] ?? null,
				q1: baseline?.q1 ?? null,
				median: baseline?.median ?? null,
				q3: baseline?.q3 ?? null
			};
		});
	}
	return series;
}
