/**
 * The peer comparison's data for one quarter and one viewer: the coverage engine is run on the stored
 * inputs for the quarter and those before it, TREND_QUARTERS in all (one read of the database), and each
 * result is disclosed twice: for everyone (nobody cleared), which is all that groups, distances, ranks,
 * percentiles and averages are computed on, and for the viewer, whose own cleared figures are shown
 * beside them. So two viewers asking the same question get the same ranks, and no published figure
 * moves with a count some viewer may not see (domain/peers/basis.ts, comparison.ts). The raw results
 * serve only as weights, used for members whose value is published (averages.ts).
 *
 * The OPP is compared through its five regional teams (domain/peers/regional-teams.ts): the engine also runs on an
 * input where each team is a service with the communities the OPP polices in its region, and the teams, not the OPP
 * as a whole, are the candidates, ranked and averaged. The OPP as a whole keeps its own figures (the atlas's usual
 * run) for its own page, where its group is its teams.
 */
import type { AtlasDb } from './db/client';
import { discloseCoverage, NOBODY_CLEARED, publishCoverage, STAND_IN, type Clearance, type PublishedCoverage } from '../domain/coverage';
import { OPP_SERVICE_ID } from '../domain/responders/opp-regions';
import type { PeriodKey } from '../domain/period';
import type { ServiceQuarter } from '../domain/coverage/types';
import {
	buildProfiles,
	buildSnapshots,
	oppTeams,
	splitOppIntoTeams,
	withoutTeamFunding,
	readGroupParams,
	serviceComparison,
	type QuarterSnapshots,
	type ServiceComparisonView,
	type ServiceProfile,
	type ServiceSnapshot
} from '../domain/peers';
import type { Locale } from '../i18n/locale';
import { serviceName } from '../domain/names';
import { createDataCache, dataCache } from './cache';
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

/**
 * The engine on the input with the OPP's regional teams as services (regional-teams.ts), for each of `periods`: kept
 * per data version like the atlas's own runs. Shared: do not mutate.
 */
function teamRuns(db: AtlasDb, upTo: PeriodKey, periods: readonly PeriodKey[]): Promise<PublishedCoverage[]> {
	return dataCache.get(db, `peer-team-runs:${upTo}:${periods.join(',')}`, async () => {
		const input = splitOppIntoTeams(await coverageInputFor(db, upTo));
		return periods.map((period) => publishCoverage({ ...input, period }));
	});
}

/** The OPP's regional teams by id (its reporting units with a region), for names and clearance. */
export async function oppTeamNames(db: AtlasDb): Promise<Map<string, { en: string; fr: string }>> {
	const rows = await dataCache.get(db, 'peer-opp-teams', () =>
		db
			.selectFrom('reporting_unit')
			.select(['id', 'name', 'name_fr'])
			.where('police_service_id', '=', OPP_SERVICE_ID)
			.where('opp_region', 'is not', null)
			.orderBy('id')
			.execute()
	);
	return new Map(rows.map((row) => [row.id, { en: row.name, fr: row.name_fr }]));
}

/** A viewer cleared for the OPP is cleared for its regional teams: their rows are the OPP's. */
export function teamClearance(cleared: Clearance, teams: ReadonlySet<string>): Clearance {
	return (id) => cleared(id) || (teams.has(id) && cleared(OPP_SERVICE_ID));
}

export async function loadComparison(db: AtlasDb, request: ComparisonRequest): Promise<ComparisonData> {
	const window = request.periods.filter((key) => key <= request.period).slice(-(request.trendQuarters ?? TREND_QUARTERS));
	// The engine runs and peer inputs are kept per data version (server/cache.ts); disclosure is per request.
	const [inputs, runs, split, communities] = await Promise.all([
		coverageInputFor(db, request.period),
		coverageRuns(db, request.period, window),
		teamRuns(db, request.period, window),
		dataCache.get(db, 'peer-communities', () => peerInputs.communities(db))
	]);
	const teams = new Set(oppTeams(inputs.units).map((team) => team.unit_id));
	const cleared = teamClearance(request.cleared, teams);
	// Pure in the data version, the quarters and what the viewer is cleared for: computed once per
	// such class (every planner alike, each chief's service), as the atlas rows are (services/atlas.ts).
	const everyService = new Set(split.flatMap((run) => (run ? [...run.coverage.services, ...run.coverage.responders].map((row) => row.police_service_id) : [])));
	for (const run of runs) for (const row of run?.coverage.services ?? []) everyService.add(row.police_service_id);
	const shown = [...everyService].filter((id) => cleared(id)).sort().join(',');
	return comparisons.get(db, `${request.period}\u0000${window.join(',')}\u0000${shown}`, async () => {
		// The OPP as a whole: its own figures from the atlas's run, shown on its own page, never ranked or averaged.
		const whole = (snapshots: ServiceSnapshot[]) => snapshots.filter((snapshot) => snapshot.police_service_id === OPP_SERVICE_ID);
		const parts = (snapshots: ServiceSnapshot[]) =>
			snapshots.flatMap((snapshot) =>
				snapshot.police_service_id === OPP_SERVICE_ID ? [] : [teams.has(snapshot.police_service_id) ? withoutTeamFunding(snapshot) : snapshot]
			);
		const computed = window.map((period, index) => {
			const source = runs[index];
			const teamSource = split[index];
			if (!source || !teamSource) throw new Error(`No coverage for period ${period}`);
			const raw = teamSource.coverage;
			const view = discloseCoverage(teamSource, cleared);
			const published = discloseCoverage(teamSource, NOBODY_CLEARED);
			const wholeView = discloseCoverage(source, cleared);
			return {
				period,
				raw: profileServices(teamSource),
				whole: profileServices(source),
				view,
				snapshots: parts(buildSnapshots(raw, published, inputs.quarters)),
				shown: [...parts(buildSnapshots(raw, view, inputs.quarters)), ...whole(buildSnapshots(source.coverage, wholeView, wholeQuarters(inputs.quarters, teams)))]
			};
	});
	const compared = computed.at(-1);
	if (!compared || compared.period !== request.period) throw new Error(`No coverage for period ${request.period}`);
	const owner = new Map(splitOppIntoTeams(inputs).communities.map((community) => [community.csduid, community.police_service_id]));
	const teamCommunities = communities.map((community) => ({ ...community, police_service_id: owner.get(community.csduid) ?? community.police_service_id }));
	const profiles = [
		...buildProfiles(
			compared.raw.services.filter((service) => service.police_service_id !== OPP_SERVICE_ID),
			teamCommunities
		).map((profile) => (teams.has(profile.police_service_id) ? { ...profile, parent_service_id: OPP_SERVICE_ID } : profile)),
		...buildProfiles(
			compared.whole.services.filter((service) => service.police_service_id === OPP_SERVICE_ID),
			communities
		).map((profile) => ({ ...profile, comparable: false }))
	];
	return {
		period: request.period,
		profiles,
		quarters: computed.map(({ period, snapshots, shown }) => ({ period, snapshots, shown })),
		snapshots: compared.snapshots,
		shown: compared.shown,
		illustrative: compared.view.services.some((service) => service.illustrative)
	};
	});
}

/** Comparisons per quarter window and clearance class, at the current data version. */
const comparisons = createDataCache(32);

/**
 * The quarterly rows with the OPP's teams' rows summed under the OPP, for the OPP-wide staffing weights (snapshots.ts
 * reads staffing by service id; the teams' rows name the teams).
 */
function wholeQuarters(quarters: readonly ServiceQuarter[], teams: ReadonlySet<string>): ServiceQuarter[] {
	const sums = new Map<string, ServiceQuarter>();
	for (const row of quarters) {
		if (!teams.has(row.police_service_id)) continue;
		const known = sums.get(row.period);
		if (!known) sums.set(row.period, { ...row, police_service_id: OPP_SERVICE_ID });
		else {
			known.investigators_fte += row.investigators_fte;
			known.forensic_examiners_fte += row.forensic_examiners_fte;
		}
	}
	return [...sums.values()];
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
	const [choice, directory] = await Promise.all([choosePeriod(db, params.get('period')), comparisonDirectory(db, request.locale)]);
	if (!directory.has(serviceId)) {
		return { ok: false, status: 404, parameter: 'service', message: `police service '${serviceId}' not found` };
	}
	if (!choice.ok) return { ok: false, status: 400, parameter: 'period', message: choice.message };
	// Candidates: every service but the OPP as a whole, which its teams stand in for.
	const group = readGroupParams(params, directory.size - 1);
	if (!group.ok) return { ok: false, status: 400, parameter: group.parameter, message: group.message };
	const data = await loadComparison(db, { period: choice.period, periods: choice.periods, cleared: request.cleared, trendQuarters: request.trendQuarters });
	const teams = await oppTeamNames(db);
	const view = serviceComparison({ ...data, serviceId, basis: group.basis, k: group.k, cleared: teamClearance(request.cleared, new Set(teams.keys())) });
	return { ok: true, data, view, period: choice.period, periods: choice.periods, k: group.k, names: Object.fromEntries(directory) };
}

/**
 * Every service and every OPP regional team a comparison can name, by id, with its name in the reader's language
 * (teams from the reporting units, whose rows they report).
 */
export async function comparisonDirectory(db: AtlasDb, locale: Locale): Promise<Map<string, string>> {
	const [directory, teams] = await Promise.all([services.list(db), oppTeamNames(db)]);
	const names = new Map(directory.map((service) => [service.id, serviceName(service.name, service.name_fr, locale)]));
	for (const [id, name] of teams) names.set(id, serviceName(name.en, name.fr, locale));
	return names;
}
