/**
 * data/reference/reporting-units.csv: the units that report ICE capacity and caseload, and whose
 * base (a community) distances are measured to. Every police service reports as itself, except the
 * OPP, one service whose ICE investigators work in five regional teams (domain.md §4-5): each team is
 * a unit `opp-<region>` based at its regional headquarters (shared opp-regions.csv). Other services
 * are based in their most populous community, standing in for a headquarters address no public
 * table gives (data/README.md).
 */
import type { CsvRecord, CsvValue } from './csv';
import { indexRecords } from './keyed-records';
import { isOppRegion, OPP_SERVICE_ID, oppUnitId } from '../../src/lib/domain/responders/opp-regions';
import { OPP_REGIONS, type OppRegion } from '../../src/lib/domain/vocabulary';
import type { Locale } from '../../src/lib/i18n/locale';
import { messages } from '../../src/lib/i18n/messages';
import { interpolate } from '../../src/lib/i18n/text';

/** "OPP North West team" / "équipe de la PPO (région Nord-Ouest)". */
function oppTeamName(region: OppRegion, locale: Locale): string {
	const text = messages(locale);
	return interpolate(text.vocabulary.oppTeam, { region: text.map.regions[region] });
}

export const REPORTING_UNIT_COLUMNS = ['unit_id', 'police_service_id', 'opp_region', 'name', 'name_fr', 'base_csduid'] as const;

export type ReportingUnitRow = Record<(typeof REPORTING_UNIT_COLUMNS)[number], CsvValue>;

export interface ReportingUnitInputs {
	regions: readonly CsvRecord[];
	services: readonly { police_service_id: string; name: string; name_fr: string }[];
	jurisdictions: readonly { csduid: string; police_service_id: string }[];
	/** CSDUID → 2021 population (null when not available). */
	population: ReadonlyMap<string, number | null>;
}

export function buildReportingUnits(inputs: ReportingUnitInputs): { rows: ReportingUnitRow[]; problems: string[] } {
	const { byKey: regions, problems } = indexRecords(inputs.regions, 'opp_region', 'opp-regions');
	const rows: ReportingUnitRow[] = [];
	for (const region of OPP_REGIONS) {
		const record = regions.get(region);
		const base = record?.headquarters_csduid?.trim() ?? '';
		if (!record) problems.push(`opp-regions: region "${region}" is missing`);
		else if (!inputs.population.has(base)) problems.push(`opp-regions ${region}: headquarters_csduid "${base}" is not a community`);
		rows.push({
			unit_id: oppUnitId(region),
			police_service_id: OPP_SERVICE_ID,
			opp_region: region,
			name: oppTeamName(region, 'en'),
			name_fr: oppTeamName(region, 'fr'),
			base_csduid: base
		});
	}
	for (const key of regions.keys()) if (!isOppRegion(key)) problems.push(`opp-regions: unknown region "${key}"`);

	for (const service of inputs.services) {
		if (service.police_service_id === OPP_SERVICE_ID) continue;
		const base = mostPopulous(
			inputs.jurisdictions.filter((row) => row.police_service_id === service.police_service_id).map((row) => row.csduid),
			inputs.population
		);
		if (!base) {
			problems.push(`police-services ${service.police_service_id}: no community to base its unit in`);
			continue;
		}
		rows.push({
			unit_id: service.police_service_id,
			police_service_id: service.police_service_id,
			opp_region: null,
			name: service.name,
			name_fr: service.name_fr,
			base_csduid: base
		});
	}
	rows.sort((a, b) => String(a.unit_id).localeCompare(String(b.unit_id)));
	return { rows, problems };
}

/** The community with the largest known population; ties and unknowns fall back to the lowest CSDUID. */
function mostPopulous(csduids: readonly string[], population: ReadonlyMap<string, number | null>): string | null {
	let best: string | null = null;
	let bestPopulation = -1;
	for (const csduid of [...csduids].sort()) {
		const people = population.get(csduid) ?? 0;
		if (people > bestPopulation) {
			best = csduid;
			bestPopulation = people;
		}
	}
	return best;
}
