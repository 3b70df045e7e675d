/**
 * Turns the project's reference tables (data/reference/communities.csv, jurisdictions.csv,
 * police-services.csv, reporting-units.csv, as parsed records) into the generator's inputs: one
 * IllustrativeService per reporting unit with the population and children it covers (an OPP team:
 * the OPP-policed communities of its region), and Ontario's children total.
 */
import type { CsvRecord } from './csv';
import type { IllustrativeService, ServiceKind } from './illustrative-inputs';
import { coverageByService, type CoverageCommunity } from './service-coverage';

export interface ReferenceRecords {
	communities: readonly CsvRecord[];
	jurisdictions: readonly CsvRecord[];
	services: readonly CsvRecord[];
	units: readonly CsvRecord[];
}

export interface GeneratorInputs {
	services: IllustrativeService[];
	ontarioChildren: number;
	problems: string[];
}

const SERVICE_KINDS: ReadonlySet<string> = new Set<ServiceKind>(['municipal', 'opp', 'first_nations']);

export function generatorInputs(records: ReferenceRecords): GeneratorInputs {
	const problems: string[] = [];
	const jurisdictionByCsduid = new Map(records.jurisdictions.map((row) => [row.csduid ?? '', row]));
	const unitByServiceAndRegion = new Map(
		records.units.map((row) => [`${row.police_service_id ?? ''}|${row.opp_region ?? ''}`, row.unit_id ?? ''])
	);
	const communities: CoverageCommunity[] = records.communities.map((row) => {
		const csduid = row.csduid ?? '';
		const jurisdiction = jurisdictionByCsduid.get(csduid);
		const serviceId = jurisdiction?.police_service_id ?? '';
		const region = jurisdiction?.opp_region ?? '';
		// A service reports as one unit; the OPP as the team of the region the community lies in.
		const unitId = unitByServiceAndRegion.get(`${serviceId}|`) ?? unitByServiceAndRegion.get(`${serviceId}|${region}`);
		if (!jurisdiction) problems.push(`communities.csv ${csduid}: no row in jurisdictions.csv`);
		else if (!unitId) problems.push(`communities.csv ${csduid}: no reporting unit for ${serviceId} in ${region}`);
		return {
			csduid,
			csdType: row.csd_type ?? '',
			population: row.population ? Number(row.population) : null,
			policeServiceId: unitId ?? '',
			oppRegion: region
		};
	});
	const coverage = coverageByService(communities);
	const serviceById = new Map(records.services.map((row) => [row.police_service_id ?? '', row]));
	const services = records.units.map((unit): IllustrativeService => {
		const id = unit.unit_id ?? '';
		const serviceId = unit.police_service_id ?? '';
		const service = serviceById.get(serviceId);
		const kind = service?.service_kind ?? '';
		const covered = coverage.get(id);
		if (!service) problems.push(`reporting-units.csv ${id}: unknown police service ${serviceId}`);
		if (!covered) problems.push(`reporting-units.csv ${id}: covers no community`);
		if (!SERVICE_KINDS.has(kind)) problems.push(`police-services.csv ${serviceId}: unknown service_kind "${kind}"`);
		return {
			id,
			serviceId,
			kind: kind as ServiceKind,
			oppRegion: unit.opp_region || service?.opp_region || null,
			iceStrategyMember: service?.ice_strategy_member === 'true',
			swornOfficers: kind !== 'opp' && service?.sworn_officers ? Number(service.sworn_officers) : null,
			population: covered?.population ?? 0,
			children: covered?.children ?? 0,
			childrenByRegion: covered?.childrenByRegion ?? new Map()
		};
	});
	const ontarioChildren = [...coverage.values()].reduce((total, entry) => total + entry.children, 0);
	return { services, ontarioChildren, problems };
}
