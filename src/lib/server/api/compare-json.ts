/**
 * The API's peer-comparison shapes (`GET /api/services/{id}/peers`, `GET /api/compare`). Disclosure
 * markers become "<5" and "withheld", as everywhere in the API (coverage-json.ts), and only disclosed
 * values and averages over visible values come in here (domain/peers/averages.ts).
 */
import { PEER_FEATURES, type DisclosedFeatures, type ServiceComparisonView, type SideBySideRow } from '../../domain/peers';
import type { SideBySideColumn } from '../side-by-side';
import { disclosedJson } from './coverage-json';
import { messages } from '../../i18n/messages';

export function featuresJson(features: DisclosedFeatures) {
	return Object.fromEntries(PEER_FEATURES.map((feature) => [feature.id, disclosedJson(features[feature.id])]));
}

/** The features' definitions, so a client can read the distances (`group.features_used` says which counted). */
export function featureDefinitionsJson() {
	const [en, fr] = [messages('en').vocabulary.peerFeatures, messages('fr').vocabulary.peerFeatures];
	return PEER_FEATURES.map((feature) => ({ id: feature.id, label_en: en[feature.id], label_fr: fr[feature.id], unit: feature.unit, weight: feature.weight, required: feature.required }));
}

export function peersJson(view: ServiceComparisonView, names: Readonly<Record<string, string>>) {
	return {
		police_service_id: view.police_service_id,
		name: names[view.police_service_id] ?? view.police_service_id,
		kind: view.kind,
		opp_region: view.opp_region,
		features: featuresJson(view.features),
		group: {
			basis: view.basis,
			k: view.k,
			features_used: view.similarity?.features ?? null,
			left_out: view.similarity?.left_out ?? null,
			members: view.peers.map((peer) => ({
				police_service_id: peer.police_service_id,
				name: names[peer.police_service_id] ?? peer.police_service_id,
				rank: peer.rank,
				distance: peer.distance,
				kind: peer.kind,
				opp_region: peer.opp_region,
				features: featuresJson(peer.features)
			}))
		}
	};
}

export function sideBySideJson(columns: readonly SideBySideColumn[], rows: readonly SideBySideRow[]) {
	return {
		services: columns.map((column) => ({ ...column, features: featuresJson(column.features) })),
		metrics: rows.map((row) => ({
			metric: row.metric,
			compared: row.compared,
			ranked_services: row.ranked,
			ontario_average: { value: row.province.value, services_used: row.province.used, services_hidden: row.province.hidden },
			values: row.cells.map((cell) => ({
				police_service_id: cell.police_service_id,
				value: disclosedJson(cell.value),
				percentile: cell.percentile,
				no_unit: cell.no_unit,
				relative_to_first: cell.relative,
				difference: cell.tone
			}))
		}))
	};
}
