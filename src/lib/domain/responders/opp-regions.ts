/**
 * The five OPP regions (domain.md §4): West — London, Central — Orillia, East — Smiths Falls,
 * North East — North Bay, North West — Thunder Bay. The OPP is one police service; its ICE work is
 * done by the Child Sexual Exploitation Unit's investigators in these regions, so each region's team
 * is one responder (an ICE unit that takes files) and one reporting unit for capacity and caseload.
 */
import { isOneOf, OPP_REGIONS, type OppRegion } from '../vocabulary';
import type { Locale } from '../locale';

export const OPP_SERVICE_ID = 'opp';

const REGION_FR: Readonly<Record<OppRegion, string>> = {
	West: 'Ouest',
	Central: 'Centre',
	East: 'Est',
	'North East': 'Nord-Est',
	'North West': 'Nord-Ouest'
};

export function isOppRegion(value: unknown): value is OppRegion {
	return isOneOf(OPP_REGIONS, value);
}

/** `North West` → `opp-north-west`: the reporting-unit id of the region's team. */
export function oppUnitId(region: OppRegion): string {
	return `${OPP_SERVICE_ID}-${region.toLowerCase().replaceAll(' ', '-')}`;
}

/** "OPP North West team" / "équipe de la PPO du Nord-Ouest". */
export function oppTeamName(region: OppRegion, locale: Locale): string {
	return locale === 'fr' ? `équipe de la PPO (région ${REGION_FR[region]})` : `OPP ${region} team`;
}
