/**
 * Disclosure control (domain.md §9; issue 3, deliverable 7): for a viewer not cleared for a service, a
 * caseload count of 1–4 becomes `{ suppressed: true }` (shown "<5"), and a rate built on such a count
 * becomes `{ withheld: true }`, so the count cannot be worked back from it. Counts of 0 and of 5 or more
 * are shown. The same rule serves pages, the API and exports: they all read these views.
 *
 * `cleared` is a predicate the caller supplies (until accounts exist, NOBODY_CLEARED). Raw coverage, with
 * its counts, never leaves the server; only a view does.
 */
import { metrics, serviceMetricIds, serviceMetrics, type ServiceMetricId } from '../../metrics';
import { mapReasonValues, REASONS, type GapReason, type ReasonValue, type ValueSpec } from './reasons';
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
import { taintedOf, type PublishedCoverage, type Tainted } from './public-data';

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

/** The counts each controlled metric shows or is built on (its registry entry's `discloses`). */
const CONTROLLED = serviceMetricIds.filter((id) => serviceMetrics[id].discloses.length > 0);

export type DisclosedServiceMetricValues = { [M in ServiceMetricId]: DisclosedNumber };
export type DisclosedCommunityMetricValues = Omit<CommunityMetricValues, ServiceMetricId> & DisclosedServiceMetricValues;

/**
 * A service's metrics as a viewer not cleared for it sees them: a metric resting on a tainted count (one
 * that is 1–4 or includes a quarter that was, public-data.ts) is "<5" when it is that small count
 * itself, else withheld. `tainted` defaults to the counts that are 1–4 (no history known).
 */
export function discloseServiceMetrics(
	values: Readonly<Record<ServiceMetricId, number | null>>,
	counts: ServiceCounts,
	cleared: boolean,
	tainted: Tainted = smallCounts(counts)
): DisclosedServiceMetricValues {
	const disclosed: DisclosedServiceMetricValues = Object.assign({}, values);
	if (cleared || tainted.size === 0) return disclosed;
	for (const id of CONTROLLED) {
		const keys: readonly CountKey[] = serviceMetrics[id].discloses;
		if (!keys.some((key) => tainted.has(key))) continue;
		const itself = metrics[id].disclosure === 'count' && keys.length === 1 && isSmallCount(counts[keys[0] ?? 'referrals_received']);
		disclosed[id] = itself ? SUPPRESSED : WITHHELD;
	}
	return disclosed;
}

/** The counts of 1–4 among some counts: what is tainted when nothing else is known. */
export function smallCounts(counts: ServiceCounts): Tainted {
	return new Set((Object.keys(counts) as CountKey[]).filter((key) => isSmallCount(counts[key])));
}

/** Whose counts a reason value rests on, which of them include a hidden count, and whether the viewer is cleared for them. */
export interface CountsSeen {
	counts: ServiceCounts;
	cleared: boolean;
	tainted?: Tainted;
}

/**
 * Masks the values of reasons: a value resting on the community's service's counts is judged by those, one
 * resting on the responder's (the unit that takes the files) by the responder's. A value resting on a
 * tainted count is "<5" when it is that count of 1–4, else withheld; `truthOf` gives cleared viewers
 * the true value instead of one derived from the stand-in (withheld when it has none).
 */
export function discloseReasons(
	reasons: readonly GapReason[],
	counts: ServiceCounts,
	cleared: boolean,
	responder: CountsSeen = { counts, cleared },
	tainted: Tainted = smallCounts(counts),
	truthOf?: (reason: GapReason, key: string) => number | undefined
): GapReason<ReasonValue>[] {
	const own: CountsSeen = { counts, cleared, tainted };
	const theirs: CountsSeen = { ...responder, tainted: responder.tainted ?? smallCounts(responder.counts) };
	if (own.tainted?.size === 0 && theirs.tainted?.size === 0) return [...reasons];
	return reasons.map((reason) =>
		mapReasonValuesWithKey(reason, (value, spec, key) => {
			const rule = spec.disclosure;
			if (!rule) return value;
			const seen = rule.of === 'responder' ? theirs : own;
			const keys = 'count' in rule ? [rule.count] : rule.rate_on;
			if (!keys.some((k) => seen.tainted?.has(k))) return value;
			if (seen.cleared) return truthOf ? (truthOf(reason, key) ?? WITHHELD) : value;
			return 'count' in rule && isSmallCount(seen.counts[rule.count]) && value === seen.counts[rule.count] ? SUPPRESSED : WITHHELD;
		})
	);
}

function mapReasonValuesWithKey(reason: GapReason, map: (value: number, spec: ValueSpec, key: string) => ReasonValue): GapReason<ReasonValue> {
	const specs: Readonly<Record<string, ValueSpec>> = REASONS[reason.code].values;
	const keys = Object.keys(reason.values).filter((key) => specs[key] !== undefined);
	let i = 0;
	// mapReasonValues calls back for each value with a spec, in the values' own order.
	return mapReasonValues(reason, (value, spec) => map(value, spec, keys[i++] ?? ''));
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

/** A coverage computed on true rows, published as it is: the counts of 1–4 are the only tainted ones. */
function asPublished(coverage: Coverage): PublishedCoverage {
	return {
		coverage,
		tainted: {
			services: new Map(coverage.services.map((service) => [service.police_service_id, smallCounts(service.counts)])),
			responders: new Map(coverage.responders.map((responder) => [responder.unit_id, smallCounts(responder.counts)]))
		},
		truth: () => coverage
	};
}

/**
 * What a viewer with the given clearance may see of a published coverage (public-data.ts `publishCoverage`).
 * Levels, capacity, reasons, responders, baselines and ranks are the public ones for everyone; a service's
 * own metrics are the true ones for a viewer cleared for it, and the public ones, masked wherever they rest
 * on a tainted count, for anyone else. A plain Coverage is published as it is (tests, what-if tools).
 */
export function discloseCoverage(source: Coverage | PublishedCoverage, cleared: Clearance): CoverageView {
	const published = 'truth' in source ? source : asPublished(source);
	const coverage = published.coverage;
	const taintOfService = (id: string) => taintedOf(published.tainted.services, id);
	const taintOfResponder = (id: string) => taintedOf(published.tainted.responders, id);
	let truthIndex: { services: Map<string, ServiceCoverage>; communities: Map<string, CommunityCoverage> } | null = null;
	const truth = () => {
		if (truthIndex) return truthIndex;
		const computed = published.truth();
		truthIndex = {
			services: new Map(computed.services.map((service) => [service.police_service_id, service])),
			communities: new Map(computed.communities.map((community) => [community.csduid, community]))
		};
		return truthIndex;
	};
	const serviceSeen = new Map(coverage.services.map((service) => [service.police_service_id, service]));
	const responderSeen = new Map(coverage.responders.map((responder) => [responder.unit_id, responder]));
	const maskedMetrics = new Map<string, { ok: boolean; metrics: DisclosedServiceMetricValues }>();
	for (const service of coverage.services) {
		const id = service.police_service_id;
		const ok = cleared(id);
		const tainted = taintOfService(id);
		// A cleared viewer sees the service's true figures; they differ from the public ones only where tainted.
		const values = ok && tainted.size > 0 ? (truth().services.get(id)?.metrics ?? service.metrics) : service.metrics;
		maskedMetrics.set(id, { ok, metrics: discloseServiceMetrics(values, service.counts, ok, tainted) });
	}
	// Each raw reason masked once; a service's reasons are its communities' reasons, the same objects.
	const maskedReason = new Map<GapReason, GapReason<ReasonValue>>();
	const communities = coverage.communities.map((community): CommunityCoverageView => {
		const service = serviceSeen.get(community.police_service_id);
		const shown = maskedMetrics.get(community.police_service_id);
		const responder = responderSeen.get(community.responder_id);
		if (!service || !shown || !responder) throw new Error(`Community ${community.csduid} names unknown service or responder`);
		const responderOk = cleared(responder.police_service_id);
		const responderTaint = taintOfResponder(responder.unit_id);
		const truthOf = (reason: GapReason, key: string): number | undefined => {
			const values: Readonly<Record<string, number>> | undefined = truth()
				.communities.get(community.csduid)
				?.reasons.find((candidate) => candidate.code === reason.code)?.values;
			return values?.[key];
		};
		const reasons = discloseReasons(
			community.reasons,
			service.counts,
			shown.ok,
			{ counts: responder.counts, cleared: responderOk, tainted: responderTaint },
			taintOfService(service.police_service_id),
			truthOf
		);
		community.reasons.forEach((reason, i) => {
			const masked = reasons[i];
			if (masked && !maskedReason.has(reason)) maskedReason.set(reason, masked);
		});
		// The responder's load is a public figure; resting on its own hidden counts, it is withheld from
		// viewers not cleared for it, and shown true to those who are when it answers for nobody else.
		let load: DisclosedNumber = community.metrics.referrals_per_investigator;
		if (responderTaint.has('referrals_trailing')) {
			if (!responderOk) load = WITHHELD;
			else if (responder.communities_assisted === 0) load = truth().communities.get(community.csduid)?.metrics.referrals_per_investigator ?? WITHHELD;
		}
		// Object.assign, not spread: V8 takes a slow path when properties follow a spread.
		return Object.assign({}, community, {
			disclosure: shown.ok ? ('cleared' as const) : ('controlled' as const),
			metrics: Object.assign({}, community.metrics, shown.metrics, {
				referrals_per_investigator: load,
				forensic_backlog_per_examiner: community.metrics.forensic_backlog_per_examiner
			}),
			reasons
		});
	});
	const services = coverage.services.map(({ counts, metrics: _values, reasons, ...rest }): ServiceCoverageView => {
		const shown = maskedMetrics.get(rest.police_service_id);
		const ok = shown?.ok ?? false;
		const tainted = taintOfService(rest.police_service_id);
		const masked = reasons.map(
			(reason) => maskedReason.get(reason) ?? discloseReasons([reason], counts, ok, { counts, cleared: false, tainted }, tainted)[0] ?? reason
		);
		return {
			...rest,
			disclosure: ok ? 'cleared' : 'controlled',
			metrics: shown?.metrics ?? discloseServiceMetrics(_values, counts, false, tainted),
			reasons: masked
		};
	});
	const responders = coverage.responders.map(({ counts: _counts, reasons: _reasons, ...rest }) => rest);
	const baselines: CoverageView['baselines'] = {};
	for (const baseline of Object.values(coverage.baselines)) baselines[baseline.metric] = discloseBaseline(baseline);
	return { ...coverage, services, responders, communities, baselines };
}
