/**
 * Disclosure control (domain.md §9; issue 3, deliverable 7): for a viewer not cleared for a service, a
 * caseload count of 1–4 becomes `{ suppressed: true }` (shown "<5"), and a rate built on such a count
 * becomes `{ withheld: true }`, so the count cannot be worked back from it. Counts of 0 and of 5 or more
 * are shown. The same rule serves pages, the API and exports: they all read these views.
 *
 * `cleared` is a predicate the caller supplies (until accounts exist, NOBODY_CLEARED). Raw coverage, with
 * its counts, never leaves the server; only a view does.
 */
import { metrics, type CountMetricId, type RateOnCountsMetricId, type ServiceMetricId } from '../../metrics';
import { mapReasonValues, type GapReason, type ReasonValue, type ValueSpec } from './reasons';
import type {
	Baseline,
	CommunityCoverage,
	CommunityMetricValues,
	CountKey,
	Coverage,
	ResponderCoverage,
	ServiceCounts,
	ServiceCoverage
} from './types';

export type Suppressed = { readonly suppressed: true };
export type Withheld = { readonly withheld: true };
export const SUPPRESSED: Suppressed = Object.freeze({ suppressed: true });
export const WITHHELD: Withheld = Object.freeze({ withheld: true });

export type DisclosedNumber = number | null | Suppressed | Withheld;

/** Whether the viewer may see a service's small counts. */
export type Clearance = (policeServiceId: string) => boolean;
export const NOBODY_CLEARED: Clearance = () => false;

/** A count that discloses too much when shown: 1 to 4. */
export function isSmallCount(count: number | null): boolean {
	return count !== null && count > 0 && count < 5;
}

/** The counts each controlled metric shows or is built on (for trailing rates: the four-quarter sums). */
const METRIC_COUNTS: { readonly [M in CountMetricId | RateOnCountsMetricId]: readonly CountKey[] } = {
	referrals_received: ['referrals_received'],
	investigations_opened: ['investigations_opened'],
	investigations_concluded: ['investigations_concluded'],
	charges_laid: ['charges_laid'],
	victims_identified: ['victims_identified'],
	open_backlog: ['open_backlog'],
	referrals_per_investigator: ['referrals_trailing'],
	clearance_ratio: ['opened_trailing', 'concluded_trailing'],
	open_backlog_trend: ['open_backlog', 'open_backlog_year_ago'],
	funding_per_referral: ['referrals_trailing'],
	project_p_share: ['files_referred_trailing', 'referrals_trailing']
};
const CONTROLLED = Object.keys(METRIC_COUNTS) as (keyof typeof METRIC_COUNTS)[];

export type DisclosedServiceMetricValues = { [M in ServiceMetricId]: DisclosedNumber };
export type DisclosedCommunityMetricValues = Omit<CommunityMetricValues, ServiceMetricId> & DisclosedServiceMetricValues;

export function discloseServiceMetrics(
	values: Readonly<Record<ServiceMetricId, number | null>>,
	counts: ServiceCounts,
	cleared: boolean
): DisclosedServiceMetricValues {
	const disclosed: DisclosedServiceMetricValues = Object.assign({}, values);
	if (cleared) return disclosed;
	for (const id of CONTROLLED) {
		if (!METRIC_COUNTS[id].some((key) => isSmallCount(counts[key]))) continue;
		disclosed[id] = metrics[id].disclosure === 'count' ? SUPPRESSED : WITHHELD;
	}
	return disclosed;
}

/** Whose counts a reason value rests on, and whether the viewer is cleared for them. */
export interface CountsSeen {
	counts: ServiceCounts;
	cleared: boolean;
}

/**
 * Masks the values of reasons: a value resting on the community's service's counts is judged by those, one
 * resting on the responder's (the unit that takes the files) by the responder's.
 */
export function discloseReasons(
	reasons: readonly GapReason[],
	counts: ServiceCounts,
	cleared: boolean,
	responder: CountsSeen = { counts, cleared }
): GapReason<ReasonValue>[] {
	if (cleared && responder.cleared) return [...reasons];
	const mask = (value: number, spec: ValueSpec): ReasonValue => {
		const rule = spec.disclosure;
		if (!rule) return value;
		const seen = rule.of === 'responder' ? responder : { counts, cleared };
		if (seen.cleared) return value;
		if ('count' in rule) return isSmallCount(seen.counts[rule.count]) ? SUPPRESSED : value;
		return rule.rate_on.some((key) => isSmallCount(seen.counts[key])) ? WITHHELD : value;
	};
	return reasons.map((reason) => mapReasonValues(reason, mask));
}

/** `cleared`: small counts shown · `controlled`: small counts shown as "<5", rates on them withheld. */
export type DisclosureMode = 'cleared' | 'controlled';

export interface ServiceCoverageView extends Omit<ServiceCoverage, 'counts' | 'metrics' | 'reasons'> {
	disclosure: DisclosureMode;
	metrics: DisclosedServiceMetricValues;
	reasons: GapReason<ReasonValue>[];
}

export interface CommunityCoverageView extends Omit<CommunityCoverage, 'metrics' | 'reasons'> {
	disclosure: DisclosureMode;
	metrics: DisclosedCommunityMetricValues;
	reasons: GapReason<ReasonValue>[];
}

export interface BaselineView extends Omit<Baseline, 'q1' | 'median' | 'q3'> {
	q1: DisclosedNumber;
	median: DisclosedNumber;
	q3: DisclosedNumber;
}

export type ResponderCoverageView = Omit<ResponderCoverage, 'counts' | 'reasons'>;

export interface CoverageView extends Omit<Coverage, 'services' | 'communities' | 'baselines' | 'responders'> {
	services: ServiceCoverageView[];
	responders: ResponderCoverageView[];
	communities: CommunityCoverageView[];
	baselines: { [M in keyof Coverage['baselines']]: BaselineView };
}

/**
 * A quartile of a count metric is one service's actual count (or between two), so a value of 1–4 is
 * suppressed for everyone: no single service's clearance covers a provincial figure.
 */
function discloseBaseline(baseline: Baseline): BaselineView {
	if (metrics[baseline.metric].disclosure !== 'count') return baseline;
	const mask = (value: number | null): DisclosedNumber => (isSmallCount(value) ? SUPPRESSED : value);
	return { ...baseline, q1: mask(baseline.q1), median: mask(baseline.median), q3: mask(baseline.q3) };
}

/** What a viewer with the given clearance may see of a computed coverage. */
export function discloseCoverage(coverage: Coverage, cleared: Clearance): CoverageView {
	const serviceSeen = new Map(coverage.services.map((service) => [service.police_service_id, service]));
	const responderSeen = new Map(coverage.responders.map((responder) => [responder.unit_id, responder]));
	const maskedMetrics = new Map<string, { ok: boolean; metrics: DisclosedServiceMetricValues }>();
	for (const service of coverage.services) {
		const ok = cleared(service.police_service_id);
		maskedMetrics.set(service.police_service_id, { ok, metrics: discloseServiceMetrics(service.metrics, service.counts, ok) });
	}
	// Each raw reason masked once; a service's reasons are its communities' reasons, the same objects.
	const maskedReason = new Map<GapReason, GapReason<ReasonValue>>();
	const communities = coverage.communities.map((community): CommunityCoverageView => {
		const service = serviceSeen.get(community.police_service_id);
		const shown = maskedMetrics.get(community.police_service_id);
		const responder = responderSeen.get(community.responder_id);
		if (!service || !shown || !responder) throw new Error(`Community ${community.csduid} names unknown service or responder`);
		const responderOk = cleared(responder.police_service_id);
		const reasons = discloseReasons(community.reasons, service.counts, shown.ok, { counts: responder.counts, cleared: responderOk });
		community.reasons.forEach((reason, i) => {
			const masked = reasons[i];
			if (masked && !maskedReason.has(reason)) maskedReason.set(reason, masked);
		});
		const own = responderOk || !isSmallCount(responder.counts.referrals_trailing) ? community.metrics.referrals_per_investigator : WITHHELD;
		// Object.assign, not spread: V8 takes a slow path when properties follow a spread.
		return Object.assign({}, community, {
			disclosure: shown.ok ? ('cleared' as const) : ('controlled' as const),
			metrics: Object.assign({}, community.metrics, shown.metrics, {
				referrals_per_investigator: own,
				forensic_backlog_per_examiner: community.metrics.forensic_backlog_per_examiner
			}),
			reasons
		});
	});
	const services = coverage.services.map(({ counts, metrics: _values, reasons, ...rest }): ServiceCoverageView => {
		const shown = maskedMetrics.get(rest.police_service_id);
		const ok = shown?.ok ?? false;
		const masked = reasons.map((reason) => maskedReason.get(reason) ?? discloseReasons([reason], counts, ok, { counts, cleared: false })[0] ?? reason);
		return { ...rest, disclosure: ok ? 'cleared' : 'controlled', metrics: shown?.metrics ?? discloseServiceMetrics(_values, counts, false), reasons: masked };
	});
	const responders = coverage.responders.map(({ counts: _counts, reasons: _reasons, ...rest }) => rest);
	const baselines: CoverageView['baselines'] = {};
	for (const baseline of Object.values(coverage.baselines)) baselines[baseline.metric] = discloseBaseline(baseline);
	return { ...coverage, services, responders, communities, baselines };
}
