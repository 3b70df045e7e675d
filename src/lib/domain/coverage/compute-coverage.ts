/**
 * The coverage engine's entry point: for one period, every service's metrics, every responder's load,
 * and every community's responder, access, level and Project P flag, with provincial baselines and the
 * ranked list. Pure and deterministic: the same inputs give the same output, whatever the machine, clock
 * or input order; so a cached result can always be recomputed from the stored inputs.
 *
 * The responder of a community (domain.md §5) is the unit that takes its files: its own service's ICE
 * unit when it has investigators; for an OPP-policed community, the OPP team of its region; for a
 * service without a unit, the OPP team of the region the community lies in, assisting (Project P).
 */
import { parsePeriod } from '../period';
import { OPP_SERVICE_ID, isOppRegion } from '../responders/opp-regions';
import { computeBaselines, provincialReference } from './baselines';
import { haversineKm } from './distance';
import { accessOf, accessReason, assessCapacity, levelFor, type CapacityAssessment } from './gap-rules';
import { worseLevel } from './levels';
import { projectPBasis, rankCommunities, rankServices } from './project-p';
import { indexQuarters, Lookback } from './quarter-history';
import { makeReason, type GapReason, type ReasonNames } from './reasons';
import { computeCommunityMetrics } from './community-metrics';
import { serviceFigures, type FundingForYear, type ServiceFigures } from './service-metrics';
import { DEFAULT_THRESHOLDS } from './thresholds';
import type {
	Community,
	CommunityCoverage,
	Coverage,
	CoverageInput,
	ProvincialReference,
	ReportingUnit,
	ResponderCoverage,
	Service,
	ServiceCounts,
	ServiceCoverage,
	ServiceFunding,
	ServiceQuarter
} from './types';
import type { OppRegion } from '../vocabulary';

interface ServiceArea {
	population: number | null;
	children: number | null;
	communities: Community[];
}

/** Known populations and children summed over a service's communities; null when none is known. */
function serviceAreas(services: readonly Service[], communities: readonly Community[]): Map<string, ServiceArea> {
	const areas = new Map<string, ServiceArea>();
	for (const service of services) {
		if (areas.has(service.police_service_id)) throw new Error(`Service ${service.police_service_id} is listed twice`);
		areas.set(service.police_service_id, { population: null, children: null, communities: [] });
	}
	const seen = new Set<string>();
	for (const community of communities) {
		const area = areas.get(community.police_service_id);
		if (!area) throw new Error(`Community ${community.csduid} names unknown service ${community.police_service_id}`);
		if (seen.has(community.csduid)) throw new Error(`Community ${community.csduid} is listed twice`);
		if (!Number.isFinite(community.centroid.lat) || !Number.isFinite(community.centroid.lon)) {
			throw new Error(`Community ${community.csduid} has no valid centroid`);
		}
		if (!isOppRegion(community.opp_region)) throw new Error(`Community ${community.csduid} has no OPP region`);
		seen.add(community.csduid);
		area.communities.push(community);
		if (community.population !== null) area.population = (area.population ?? 0) + community.population;
		if (community.children !== null) area.children = (area.children ?? 0) + community.children;
	}
	return areas;
}

/** Reporting units by id, each service's own unit, and the OPP's team per region; refuses gaps. */
function indexUnits(units: readonly ReportingUnit[], services: readonly Service[]) {
	const byId = new Map<string, ReportingUnit>();
	const ownUnit = new Map<string, ReportingUnit>();
	const oppTeam = new Map<OppRegion, ReportingUnit>();
	const serviceIds = new Set(services.map((service) => service.police_service_id));
	for (const unit of units) {
		if (byId.has(unit.unit_id)) throw new Error(`Reporting unit ${unit.unit_id} is listed twice`);
		if (!serviceIds.has(unit.police_service_id)) throw new Error(`Reporting unit ${unit.unit_id} names unknown service ${unit.police_service_id}`);
		byId.set(unit.unit_id, unit);
		if (unit.police_service_id === OPP_SERVICE_ID && unit.opp_region) oppTeam.set(unit.opp_region, unit);
		else if (unit.unit_id === unit.police_service_id) ownUnit.set(unit.police_service_id, unit);
	}
	for (const service of services) {
		if (service.police_service_id !== OPP_SERVICE_ID && !ownUnit.has(service.police_service_id)) {
			throw new Error(`Service ${service.police_service_id} has no reporting unit`);
		}
	}
	return { byId, ownUnit, oppTeam };
}

const COUNT_FIELDS = [
	'investigators_fte', 'forensic_examiners_fte', 'forensic_backlog_devices', 'referrals_received', 'investigations_opened',
	'investigations_concluded', 'charges_laid', 'victims_identified', 'open_backlog', 'files_referred_project_p'
] as const;

/**
 * Rows summed per (key, period): several rows of one unit (areas reporting separately) add up, and a
 * service's figures are the sum of its units'. Splitting or merging rows therefore changes no total.
 */
function sumRows(quarters: readonly ServiceQuarter[], keyOf: (row: ServiceQuarter) => string | undefined): ServiceQuarter[] {
	const sums = new Map<string, ServiceQuarter>();
	for (const row of quarters) {
		const key = keyOf(row);
		if (key === undefined) throw new Error(`Quarterly row names unknown reporting unit ${row.police_service_id}`);
		const id = `${key}\u0000${row.period}`;
		const known = sums.get(id);
		if (!known) {
			sums.set(id, { ...row, police_service_id: key });
			continue;
		}
		for (const field of COUNT_FIELDS) known[field] += row[field];
		known.illustrative ||= row.illustrative;
	}
	return [...sums.values()];
}

/**
 * Funding for one fiscal year; several rows for a service (instalments) add up. A service with no row
 * gets 0 when the year has any funding recorded (it was not funded); when the year has none at all,
 * funding is unknown and every service gets null.
 */
function fundingForYear(funding: readonly ServiceFunding[], fiscalYear: number): (id: string) => FundingForYear | null {
	const byService = new Map<string, FundingForYear>();
	for (const row of funding) {
		if (row.fiscal_year !== fiscalYear) continue;
		const known = byService.get(row.police_service_id);
		byService.set(row.police_service_id, {
			amount_cents: (known?.amount_cents ?? 0) + row.amount_cents,
			illustrative: (known?.illustrative ?? false) || row.illustrative
		});
	}
	const notFunded: FundingForYear = { amount_cents: 0, illustrative: false };
	return (id) => (byService.size === 0 ? null : (byService.get(id) ?? notFunded));
}

function resolveReference(computed: ProvincialReference, fixed: CoverageInput['reference']): ProvincialReference {
	return {
		median_referrals_per_investigator:
			fixed?.median_referrals_per_investigator !== undefined
				? fixed.median_referrals_per_investigator
				: computed.median_referrals_per_investigator,
		capacity_percentile_value:
			fixed?.capacity_percentile_value !== undefined ? fixed.capacity_percentile_value : computed.capacity_percentile_value
	};
}

interface Assignment {
	unit: ReportingUnit;
	relationship: CommunityCoverage['relationship'];
}

/** Each community's share of its service's referrals: by children, or evenly when no child count is known. */
function referralShares(area: ServiceArea): (community: Community) => number {
	const known = area.communities.reduce((sum, community) => sum + (community.children ?? 0), 0);
	const count = area.communities.length;
	return (community) => (known > 0 ? (community.children ?? 0) / known : 1 / count);
}

export function computeCoverage(input: CoverageInput): Coverage {
	const { period, services, communities } = input;
	const fiscalYear = parsePeriod(period)?.fiscalYear;
	if (fiscalYear === undefined) throw new Error(`Not a period key: ${period}`);
	const thresholds = input.thresholds ?? { ...DEFAULT_THRESHOLDS };

	const areas = serviceAreas(services, communities);
	const units = indexUnits(input.units, services);
	const lookback = new Lookback(period);
	const inPeriod = input.quarters.filter((row) => row.period <= period);
	const unitHistory = indexQuarters(sumRows(inPeriod, (row) => units.byId.get(row.police_service_id)?.unit_id), period);
	const serviceHistory = indexQuarters(sumRows(inPeriod, (row) => units.byId.get(row.police_service_id)?.police_service_id), period);
	const funding = fundingForYear(input.funding, fiscalYear);

	const figures = new Map<string, ServiceFigures>();
	for (const service of services) {
		const area = areas.get(service.police_service_id);
		figures.set(
			service.police_service_id,
			serviceFigures({
				history: serviceHistory.get(service.police_service_id),
				lookback,
				population: area?.population ?? null,
				children: area?.children ?? null,
				funding: funding(service.police_service_id)
			})
		);
	}
	const reference = resolveReference(provincialReference([...figures.values()]), input.reference);
	const unitFigures = new Map<string, ServiceFigures>();
	for (const unit of input.units) {
		unitFigures.set(
			unit.unit_id,
			serviceFigures({ history: unitHistory.get(unit.unit_id), lookback, population: null, children: null, funding: null })
		);
	}
	const figuresOfUnit = (id: string): ServiceFigures => {
		const found = unitFigures.get(id);
		if (!found) throw new Error(`Reporting unit ${id} has no figures`);
		return found;
	};

	// Who answers each community's referrals.
	const serviceById = new Map(services.map((service) => [service.police_service_id, service]));
	const assignment = (community: Community): Assignment => {
		const service = serviceById.get(community.police_service_id);
		const team = units.oppTeam.get(community.opp_region);
		if (!service) throw new Error(`Community ${community.csduid} names unknown service ${community.police_service_id}`);
		if (!team) throw new Error(`No OPP team for region ${community.opp_region} (community ${community.csduid})`);
		if (service.police_service_id === OPP_SERVICE_ID) return { unit: team, relationship: 'opp' };
		const own = units.ownUnit.get(service.police_service_id);
		if (own && figuresOfUnit(own.unit_id).has_ice_unit) return { unit: own, relationship: 'own' };
		return { unit: team, relationship: 'assisted' };
	};
	const assigned = communities.map(assignment);

	// Each responder's load: its own referrals and those of the communities it assists.
	const answered = new Map<string, { own: number | null; assisted: number | null; trailing: number | null }>();
	const add = (current: number | null, value: number | null) => (value === null ? current : (current ?? 0) + value);
	for (const unit of input.units) {
		const own = figuresOfUnit(unit.unit_id);
		answered.set(unit.unit_id, { own: own.referrals_annualised, assisted: null, trailing: own.counts.referrals_trailing });
	}
	communities.forEach((community, index) => {
		const target = assigned[index];
		if (!target || target.relationship !== 'assisted') return;
		const area = areas.get(community.police_service_id);
		const service = figures.get(community.police_service_id);
		const entry = answered.get(target.unit.unit_id);
		if (!area || !service || !entry) return;
		const share = referralShares(area)(community);
		if (service.referrals_annualised !== null) entry.assisted = add(entry.assisted, service.referrals_annualised * share);
		if (service.counts.referrals_trailing !== null) entry.trailing = add(entry.trailing, service.counts.referrals_trailing * share);
	});

	const answering = new Map<string, { own: number; assisted: number }>();
	assigned.forEach((target) => {
		const tally = answering.get(target.unit.unit_id) ?? { own: 0, assisted: 0 };
		if (target.relationship === 'assisted') tally.assisted += 1;
		else tally.own += 1;
		answering.set(target.unit.unit_id, tally);
	});

	const communityName = new Map<string, Community>(communities.map((community) => [community.csduid, community]));
	const assessments = new Map<string, CapacityAssessment>();
	const responders: ResponderCoverage[] = [];
	for (const unit of input.units) {
		const tally = answering.get(unit.unit_id);
		if (!tally) continue;
		const own = figuresOfUnit(unit.unit_id);
		const load = answered.get(unit.unit_id);
		const referralsAnswered = load ? add(load.own, load.assisted) : null;
		const assessment = assessCapacity({ figures: own, referrals_answered: referralsAnswered }, thresholds, { responder: unit.name });
		assessments.set(unit.unit_id, assessment);
		const counts: ServiceCounts = { ...own.counts, referrals_trailing: load?.trailing === null || !load ? null : Math.round(load.trailing) };
		responders.push({
			unit_id: unit.unit_id,
			police_service_id: unit.police_service_id,
			opp_region: unit.opp_region,
			name: unit.name,
			base_csduid: unit.base_csduid,
			reported: own.reported,
			illustrative: own.illustrative,
			investigators_fte: own.investigators_fte,
			forensic_examiners_fte: own.forensic_examiners_fte,
			forensic_backlog_devices: own.forensic_backlog_devices,
			referrals_answered: referralsAnswered,
			referrals_assisted: load?.assisted ?? null,
			referrals_per_investigator: assessment.referrals_per_investigator,
			// The unit's own devices per examiner: the registry entry's computation, already run on its figures.
			forensic_backlog_per_examiner: own.metrics.forensic_backlog_per_examiner,
			backlog_growth_quarters: own.backlog_growth_quarters,
			counts,
			reasons: assessment.reasons,
			capacity: assessment.capacity,
			communities_own: tally.own,
			communities_assisted: tally.assisted
		});
		if (!communityName.has(unit.base_csduid)) throw new Error(`Reporting unit ${unit.unit_id} is based in unknown community ${unit.base_csduid}`);
	}
	const responderById = new Map(responders.map((responder) => [responder.unit_id, responder]));

	const serviceCoverage: ServiceCoverage[] = services.map((service) => {
		const id = service.police_service_id;
		const area = areas.get(id);
		const own = figures.get(id);
		if (!area || !own) throw new Error(`Service ${id} has no figures`);
		return {
			police_service_id: id,
			kind: service.kind,
			opp_region: service.opp_region,
			ice_strategy_member: service.ice_strategy_member,
			reported: own.reported,
			has_ice_unit: own.has_ice_unit,
			illustrative: own.illustrative,
			trailing_quarters: own.trailing_quarters,
			population: area.population,
			children: area.children,
			community_count: area.communities.length,
			counts: own.counts,
			metrics: own.metrics,
			reasons: [],
			level: 'none',
			project_p_recommended: false
		};
	});
	const byService = new Map(serviceCoverage.map((service) => [service.police_service_id, service]));

	const communityCoverage: CommunityCoverage[] = communities.map((community, index) => {
		const target = assigned[index];
		const service = byService.get(community.police_service_id);
		const serviceInput = serviceById.get(community.police_service_id);
		if (!target || !service || !serviceInput) throw new Error(`Community ${community.csduid} has no responder`);
		const responder = responderById.get(target.unit.unit_id);
		const assessment = assessments.get(target.unit.unit_id);
		const base = communityName.get(target.unit.base_csduid);
		if (!responder || !assessment || !base) throw new Error(`Community ${community.csduid} has no responder`);
		const distanceKm = haversineKm(community.centroid, base.centroid);
		const access = accessOf(distanceKm, community.fly_in, thresholds);
		const level = levelFor(assessment.capacity, access);
		const names: ReasonNames = { responder: target.unit.name, base: base.name, service: serviceInput.name };
		const reasons: GapReason[] = [...assessment.reasons];
		if (target.relationship === 'assisted' && level !== 'none') {
			const referrals = figures.get(community.police_service_id)?.referrals_annualised ?? 0;
			reasons.push(makeReason('assisted_by_opp', 'watch', { service_referrals: referrals }, names));
		}
		const where = accessReason(access, distanceKm, thresholds, names);
		if (where) reasons.push(where);
		const basis = projectPBasis(target.relationship, assessment.capacity, access);
		return {
			csduid: community.csduid,
			cduid: community.cduid,
			police_service_id: community.police_service_id,
			population: community.population,
			children: community.children,
			fly_in: community.fly_in,
			opp_region: community.opp_region,
			responder_id: target.unit.unit_id,
			responder_name: target.unit.name,
			relationship: target.relationship,
			base_csduid: target.unit.base_csduid,
			distance_km: distanceKm,
			access,
			capacity: assessment.capacity,
			nearest_ice_service_id: target.unit.police_service_id,
			illustrative: service.illustrative || responder.illustrative,
			// Object.assign, not spread: V8 takes a slow path when properties follow a spread (≈ 20× here).
			// The load figures a community shows are its responder's, over every community it answers for.
			metrics: Object.assign({}, service.metrics, {
				referrals_per_investigator: responder.referrals_per_investigator,
				forensic_backlog_per_examiner: responder.forensic_backlog_per_examiner,
			}, computeCommunityMetrics({ distance_km: distanceKm, fly_in: community.fly_in, level, project_p: basis !== null })),
			reasons,
			level,
			project_p_recommended: basis !== null,
			project_p_basis: basis
		};
	});

	// A service is as flagged as its most flagged community; its reasons are its communities', once each.
	const seen = new Map<string, Set<string>>();
	for (const community of communityCoverage) {
		const service = byService.get(community.police_service_id);
		if (!service) continue;
		service.level = worseLevel(service.level, community.level);
		service.project_p_recommended ||= community.project_p_recommended;
		const messages = seen.get(service.police_service_id) ?? new Set<string>();
		seen.set(service.police_service_id, messages);
		for (const reason of community.reasons) {
			if (reason.code === 'far_from_base' || reason.code === 'fly_in_community' || messages.has(reason.message_en)) continue;
			messages.add(reason.message_en);
			service.reasons.push(reason);
		}
	}

	return {
		period,
		thresholds,
		reference,
		services: serviceCoverage,
		responders,
		communities: communityCoverage,
		baselines: computeBaselines(period, serviceCoverage, communityCoverage),
		ranked: { communities: rankCommunities(communityCoverage), services: rankServices(serviceCoverage, communityCoverage) }
	};
}
