/**
 * The API's coverage shapes. Disclosure markers become the text exports use: a suppressed count is
 * "<5" and a withheld rate "withheld" (domain.md §9), so a JSON client, a CSV reader and a page
 * reader see the same thing. Only disclosed views come in here: raw counts never reach a response.
 */
import type {
	CommunityCoverageView,
	CoverageView,
	DisclosedNumber,
	GapReason,
	ReasonValue,
	ServiceCoverageView
} from '../../domain/coverage';
import { isDisclosureMarker } from '../../format';
import { quarterFields } from '../../domain/period';
import { isNumericMetric, metricIds, metrics, type MetricId } from '../../metrics';

type BaselineView = NonNullable<CoverageView['baselines'][MetricId]>;

export type DisclosedJson = number | null | '<5' | 'withheld';

export function disclosedJson(value: DisclosedNumber | ReasonValue | undefined): DisclosedJson {
	if (value === undefined) return null;
	if (isDisclosureMarker(value)) return 'suppressed' in value ? '<5' : 'withheld';
	return value;
}

/** True while any figure behind the view is illustrative (domain.md §11): baselines span the province. */
export function isIllustrative(view: CoverageView): boolean {
	return view.services.some((service) => service.illustrative) || view.communities.some((community) => community.illustrative);
}

export function reasonJson(reason: GapReason<ReasonValue>) {
	const values: Record<string, DisclosedJson> = {};
	for (const [key, value] of Object.entries(reason.values)) values[key] = disclosedJson(value as ReasonValue);
	return { code: reason.code, severity: reason.severity, message_en: reason.message_en, message_fr: reason.message_fr, values };
}

export function baselineJson(baseline: BaselineView) {
	return {
		metric: baseline.metric,
		...quarterFields(baseline.period),
		over: baseline.over,
		n: baseline.n,
		q1: disclosedJson(baseline.q1),
		median: disclosedJson(baseline.median),
		q3: disclosedJson(baseline.q3)
	};
}

/** One row of GET /api/gaps. */
export function communityGapJson(community: CommunityCoverageView) {
	return {
		csduid: community.csduid,
		police_service_id: community.police_service_id,
		level: community.level,
		reasons: community.reasons.map(reasonJson),
		project_p_recommended: community.project_p_recommended,
		project_p_basis: community.project_p_basis,
		opp_region: community.opp_region,
		responder: {
			id: community.responder_id,
			police_service_id: community.nearest_ice_service_id,
			name_en: community.responder_name.en,
			name_fr: community.responder_name.fr
		},
		relationship: community.relationship,
		capacity: community.capacity,
		access: community.access,
		base_csduid: community.base_csduid,
		children: community.children,
		distance_km: community.distance_km,
		nearest_ice_service_id: community.nearest_ice_service_id
	};
}

type AnyMetricValue = DisclosedNumber | string | boolean;

/** Every metric the subject has, with its value and the provincial baseline for numeric ones. */
function metricsJson(values: { readonly [M in MetricId]?: AnyMetricValue }, baselines: CoverageView['baselines']) {
	return metricIds.flatMap((id) => {
		const value = values[id];
		if (value === undefined) return [];
		const numeric = isNumericMetric(id);
		const baseline = numeric ? baselines[id] : undefined;
		return [
			{
				id,
				unit: metrics[id].unit,
				value: numeric ? disclosedJson(value as DisclosedNumber) : value,
				baseline: baseline ? baselineJson(baseline) : null
			}
		];
	});
}

export function communityMetricsJson(community: CommunityCoverageView, baselines: CoverageView['baselines']) {
	return {
		...communityGapJson(community),
		population: community.population,
		disclosure: community.disclosure,
		metrics: metricsJson(community.metrics, baselines)
	};
}

export function serviceMetricsJson(service: ServiceCoverageView, baselines: CoverageView['baselines']) {
	return {
		police_service_id: service.police_service_id,
		kind: service.kind,
		level: service.level,
		reasons: service.reasons.map(reasonJson),
		project_p_recommended: service.project_p_recommended,
		has_ice_unit: service.has_ice_unit,
		reported: service.reported,
		trailing_quarters: service.trailing_quarters,
		population: service.population,
		children: service.children,
		disclosure: service.disclosure,
		metrics: metricsJson(service.metrics, baselines)
	};
}
