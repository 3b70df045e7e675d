/**
 * Turns the project's reference tables (data/reference/communities.csv, jurisdictions.csv,
 * police-services.csv, as parsed records) into the generator's inputs: one IllustrativeService
 * per police service with the population and children it covers, and Ontario's children total.
 */
import type { CsvRecord } from './csv';
import type { IllustrativeService, ServiceKind } from './illustrative-inputs';
import { coverageByService, type CoverageCommunity } from './service-coverage';

export interface ReferenceRecords {
	communities: readonly CsvRecord[];
	jurisdictions: readonly CsvRecord[];
	services: readonly CsvRecord[];
}

export interface GeneratorInputs {
	services: IllustrativeService[];
	ontarioChildren: number;
	problems: string[];
}

const SERVICE_KINDS: ReadonlySet<string> = new Set<ServiceKind>(['municipal', 'opp', 'first_nations']);

export function generatorInputs(records: ReferenceRecords): GeneratorInputs {
	const problems: string[] = [];
	const serviceByCsduid = new Map(records.jurisdictions.map((row) => [row.csduid ?? '', row.police_service_id ?? '']));
	const communities: CoverageCommunity[] = records.communities.map((row) => {
		const csduid = row.csduid ?? '';
		const policeServiceId = serviceByCsduid.get(csduid);
		if (!policeServiceId) problems.push(`communities.csv ${csduid}: no row in jurisdictions.csv`);
		return {
			csduid,
			csdType: row.csd_type ?? '',
			population: row.population ? Number(row.population) : null,
			policeServiceId: policeServiceId ?? ''
		};
	});
	const coverage = coverageByService(communities);
	const services = records.services.map((row): IllustrativeService => {
		const id = row.police_service_id ?? '';
		const kind = row.service_kind ?? '';
		const covered = coverage.get(id);
		if (!covered) problems.push(`police-services.csv ${id}: covers no community`);
		if (!SERVICE_KINDS.has(kind)) problems.push(`police-services.csv ${id}: unknown service_kind "${kind}"`);
		return {
			id,
			kind: kind as ServiceKind,
			oppRegion: row.opp_region || null,
			iceStrategyMember: row.ice_strategy_member === 'true',
			swornOfficers: row.sworn_officers ? Number(row.sworn_officers) : null,
			population: covered?.population ?? 0,
			children: covered?.children ?? 0
		};
	});
	const ontarioChildren = [...coverage.values()].reduce((total, entry) => total + entry.children, 0);
	return { services, ontarioChildren, problems };
}
