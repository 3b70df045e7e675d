/**
 * The five OPP regions (domain.md §4): West — London, Central — Orillia, East — Smiths Falls,
 * North East — North Bay, North West — Thunder Bay. The OPP is one police service; its ICE work is
 * done by the Child Sexual Exploitation Unit's investigators in these regions, so each region's team
 * is one responder (an ICE unit that takes files) and one reporting unit for capacity and caseload.
 */
import { isOneOf, OPP_REGIONS, type OppRegion } from '../vocabulary';

export const OPP_SERVICE_ID = 'opp';

export function isOppRegion(value: unknown): value is OppRegion {
	return isOneOf(OPP_REGIONS, value);
}

/** `North West` → `opp-north-west`: the reporting-unit id of the region's team. */
export function oppUnitId(region: OppRegion): string {
	return `${OPP_SERVICE_ID}-${region.toLowerCase().replaceAll(' ', '-')}`;
}
