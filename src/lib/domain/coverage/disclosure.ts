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

export function discloseReasons(
	reasons: readonly GapReason[],
	counts: ServiceCounts,
	cleared: boolean
): GapReason<ReasonValue>[] {
	if (cleared) return [...reasons];
	const mask = (value: number, spec: ValueSpec): ReasonValue => {
		const rule = spec.disclosure;
		if (!rule) return value;
		if ('count' in rule) return isSmallCount(counts[rule.count]) ? SUPPRESSED : value;
		return rule.rate_on.some((key) => isSmallCount(counts[key])) ? WITHHELD : value;
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

export interface CoverageView extends Omit<Coverage, 'services' | 'communities' | 'baselines'> {
	services: ServiceCoverageView[];
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

/** One service's masked metrics and reasons, keyed by the raw reason its communities share. */
interface ServiceMask {
	ok: boolean;
	metrics: DisclosedServiceMetricValues;
	reasons: Map<GapReason, GapReason<ReasonValue>>;
}

/** What a viewer with the given clearance may see of a computed coverage. */
export function discloseCoverage(coverage: Coverage, cleared: Clearance): CoverageView {
	// Communities share their service's reasons and metrics: mask each once, per service.
	const shown = new Map<string, ServiceMask>();
	const services = coverage.services.map(({ counts, metrics: values, reasons, ...rest }): ServiceCoverageView => {
		const ok = cleared(rest.police_service_id);
		const masked = discloseReasons(reasons, counts, ok);
		const view: ServiceMask = {
			ok,
			metrics: discloseServiceMetrics(values, counts, ok),
			reasons: new Map(reasons.map((reason, i) => [reason, masked[i] ?? reason]))
		};
		shown.set(rest.police_service_id, view);
		return { ...rest, disclosure: ok ? 'cleared' : 'controlled', metrics: view.metrics, reasons: masked };
	});
	const communities = coverage.communities.map((community): CommunityCoverageView => {
		const service = shown.get(community.police_service_id);
		if (!service) throw new Error(`Community ${community.csduid} names unknown service ${community.police_service_id}`);
		// Object.assign, not spread: V8 takes a slow path when properties follow a spread.
		return Object.assign({}, community, {
			disclosure: service.ok ? ('cleared' as const) : ('controlled' as const),
			metrics: Object.assign({}, community.metrics, service.metrics),
			// A community's own reasons (distance) quote no caseload count.
			reasons: community.reasons.map((reason) => service.reasons.get(reason) ?? reason)
		});
	});
	const baselines: CoverageView['baselines'] = {};
	for (const baseline of Object.values(coverage.baselines)) baselines[baseline.metric] = discloseBaseline(baseline);
	return { ...coverage, services, communities, baselines };
}
