/**
 * The OPP in the peer comparison: its five regional teams are the candidates, not the OPP as a whole.
 *
 * The OPP is one police service whose Child Sexual Exploitation Unit works in five regional teams (domain.md §4–5).
 * As one candidate it spans a third of Ontario's people over most of its land, so its "most similar" services are
 * whatever happens to sit in the middle (Kawartha Lakes, Timmins, NAPS), and no service is like it. HMICFRS compares
 * forces of comparable scale and context (domain.md §8); the OPP's counterpart of a municipal service is a regional
 * team with the communities the OPP polices in its region. So, for the comparison only, the engine runs on an input
 * where each team is a service of its own:
 * - its communities: those the OPP polices in its region (its own jurisdiction, as a municipal service's are; the
 *   communities it assists under Project P belong to their own services, whose figures are theirs);
 * - its figures: its own quarterly rows (the rows already name the team), so investigators per 100,000 are the team's
 *   investigators over the people it polices;
 * - funding: the OPP's funding is not split by region, so a team has no funding figure (null, never 0).
 * The OPP as a whole is still shown (its own figures, on /compare/opp), compared with its teams, and never ranked: a
 * ranking or an average holds each team once and the OPP not again.
 *
 * The engine needs an OPP team per region to assist the services without a unit; in the split input those are
 * stand-ins under the OPP with no rows (`ASSISTING_SUFFIX`). Only service figures are read from that run, and a
 * service's figures never depend on who assists whom, so the stand-ins change nothing that is read.
 */
import { OPP_SERVICE_ID } from '../responders/opp-regions';
import type { CoverageInput, ReportingUnit, Service } from '../coverage/types';
import type { ServiceSnapshot } from './types';

/** Appended to a team's unit id for its assisting stand-in in the split input (never shown). */
export const ASSISTING_SUFFIX = '~assisting';

/** The OPP's regional teams: reporting units of the OPP with a region. */
export function oppTeams(units: readonly ReportingUnit[]): ReportingUnit[] {
	return units.filter((unit) => unit.police_service_id === OPP_SERVICE_ID && unit.opp_region !== null);
}

/** The engine's input with each OPP regional team as a service of its own (see above); other services unchanged. */
export function splitOppIntoTeams<I extends Pick<CoverageInput, 'services' | 'units' | 'communities'>>(input: I): I {
	const teams = oppTeams(input.units);
	const opp = input.services.find((service) => service.police_service_id === OPP_SERVICE_ID);
	if (!opp || teams.length === 0) return input;
	const teamOfRegion = new Map(teams.map((team) => [team.opp_region, team.unit_id]));
	const teamIds = new Set(teams.map((team) => team.unit_id));
	const services: Service[] = [
		...input.services,
		...teams.map((team) => ({ police_service_id: team.unit_id, kind: opp.kind, opp_region: team.opp_region, ice_strategy_member: opp.ice_strategy_member, name: team.name }))
	];
	const units: ReportingUnit[] = input.units.flatMap((unit) =>
		teamIds.has(unit.unit_id) ? [{ ...unit, police_service_id: unit.unit_id, opp_region: null }, { ...unit, unit_id: `${unit.unit_id}${ASSISTING_SUFFIX}` }] : [unit]
	);
	const communities = input.communities.map((community) => {
		if (community.police_service_id !== OPP_SERVICE_ID) return community;
		const team = teamOfRegion.get(community.opp_region);
		if (team === undefined) throw new Error(`No OPP team for region ${community.opp_region} (community ${community.csduid})`);
		return { ...community, police_service_id: team };
	});
	return { ...input, services, units, communities };
}

/** A team's snapshot without funding figures: the OPP's funding is not split by region. */
export function withoutTeamFunding(snapshot: ServiceSnapshot): ServiceSnapshot {
	return { ...snapshot, values: { ...snapshot.values, funding_per_capita: null, funding_per_referral: null } };
}
