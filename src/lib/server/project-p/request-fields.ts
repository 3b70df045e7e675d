/**
 * The parts of a stored request that several views show alike: the board, the request page and the
 * API each add their own fields around these.
 */
import type { Locale } from '$lib/i18n/locale';
import { localName, serviceName } from '$lib/domain/names';
import type { RequestRow } from './requests';

/** The community's and the service's names in the reader's language (the board and the request page). */
export function requestNames(row: RequestRow, locale: Locale): { community_name: string; service_name: string } {
	return {
		community_name: localName(row.community_name, row.community_name_fr, locale),
		service_name: serviceName(row.service_name, row.service_name_fr, locale)
	};
}

/** What was asked and where it stands, as stored (the request page and the API). */
export function requestFacts(row: RequestRow) {
	return {
		opp_region: row.opp_region,
		kind: row.kind,
		urgency: row.urgency,
		expected_fte_weeks: row.expected_fte_weeks,
		description: row.description,
		status: row.status,
		decline_reason: row.decline_reason
	};
}
