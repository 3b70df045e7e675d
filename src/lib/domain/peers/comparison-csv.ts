/**
 * The comparison as CSV (issue 8, exports): one row per compared metric, then one per peer and one per
 * peer feature, distinguished by `row_type`, so a spreadsheet filter gives each table. Values are raw
 * for analysis; "<5" and "withheld" stay as they are shown (domain.md §9), and every row says whether
 * the figures are illustrative (domain.md §11), so a copied row never loses that warning. `note` says
 * why a figure is not ranked (a raw count; no unit), whether a feature entered the distances (used,
 * unknown, no_variance: basis.ts), and, on `left_out` rows, which services no group could include.
 * Headers, labels and names follow the viewer's language (domain/csv-columns.ts); `row_type`, `item`,
 * `unit`, `group_basis` and `note` stay codes in both languages, since tools filter on them.
 */
import { csvHeader, type CsvColumn } from '../csv-columns';
import { metrics, type MetricId } from '../../metrics';
import type { Locale } from '../locale';
import type { DisclosedNumber } from '../coverage';
import { toCsv, type CsvCell } from '../csv';
import { periodLabelCell } from '../period';
import { PEER_FEATURES, type DisclosedFeatures, type PeerFeatureId } from './features';
import type { GroupBasis, MetricComparison, PeerGroup, PeerMatch } from './types';

export interface ComparisonCsvInput {
	period: string;
	police_service_id: string;
	basis: GroupBasis;
	comparisons: readonly MetricComparison[];
	peers: readonly (PeerMatch & { name: string })[];
	features: DisclosedFeatures;
	/** `similar` groups: the features used and the services left out. */
	similarity: PeerGroup['similarity'];
	/** Names of the services left out, by id. */
	names: Readonly<Record<string, string>>;
	illustrative: boolean;
	locale: Locale;
	/** The metrics' and features' words in the viewer's language (the dictionary's `metrics` and `vocabulary.peerFeatures`). */
	labels: { metrics: Readonly<Record<MetricId, { label: string }>>; features: Readonly<Record<PeerFeatureId, string>> };
}

export const COMPARISON_CSV_COLUMNS = [
	'row_type',
	'period',
	'period_label',
	'police_service_id',
	'item',
	'label',
	'unit',
	'value',
	'percentile',
	'rank',
	'of_services',
	'group_basis',
	'group_average',
	'group_services_used',
	'group_services_hidden',
	'ontario_average',
	'ontario_services_used',
	'ontario_services_hidden',
	'note',
	'illustrative'
] as const satisfies readonly CsvColumn[];

function raw(value: DisclosedNumber): CsvCell {
	if (value === null || typeof value === 'number') return value;
	return 'suppressed' in value ? '<5' : 'withheld';
}

function metricNote(c: MetricComparison): string | null {
	return !c.ranked ? 'count_not_ranked' : c.no_unit ? 'no_unit' : null;
}

export function comparisonCsv(input: ComparisonCsvInput): string {
	const { period, police_service_id: id, basis, illustrative, locale, similarity, labels } = input;
	const label = periodLabelCell(period, locale);
	const blank = (count: number): null[] => Array.from({ length: count }, () => null);
	const metricRows = input.comparisons.map((c) => [
		'metric', period, label, id, c.metric, labels.metrics[c.metric].label, metrics[c.metric].unit,
		raw(c.value), c.percentile, c.rank, c.ranking.length, basis,
		c.group.value, c.group.used, c.group.hidden, c.province.value, c.province.used, c.province.hidden, metricNote(c), illustrative
	]);
	const peerRows = input.peers.map((peer) => [
		'peer', period, label, id, peer.police_service_id, peer.name, 'distance', peer.distance, null, peer.rank, null, basis, ...blank(7), illustrative
	]);
	const status = new Map(similarity?.features.map((feature) => [feature.id, feature.status]) ?? []);
	const featureRows = PEER_FEATURES.map((feature) => [
		'feature', period, label, id, feature.id, labels.features[feature.id], feature.unit, raw(input.features[feature.id]), ...blank(10), status.get(feature.id) ?? null, illustrative
	]);
	const leftOutRows = (similarity?.left_out ?? []).map((service) => [
		'left_out', period, label, id, service.police_service_id, input.names[service.police_service_id] ?? service.police_service_id, null, null, ...blank(10),
		`unknown: ${service.missing.join('; ')}`, illustrative
	]);
	return toCsv(csvHeader(COMPARISON_CSV_COLUMNS, locale), [...metricRows, ...peerRows, ...featureRows, ...leftOutRows]);
}
