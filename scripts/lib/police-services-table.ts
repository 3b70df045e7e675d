/**
 * data/reference/police-services.csv: one row per police service, sorted by id, from the shared
 * compiled list (shared/data/reference/police-services.csv) plus a working French name.
 */
import type { CsvRecord, CsvValue } from './csv';
import { indexRecords } from './keyed-records';
import { frenchServiceName } from './police-service-names';
import { OPP_SERVICE_ID } from '../../src/lib/domain/responders/opp-regions';

export const POLICE_SERVICE_COLUMNS = [
	'police_service_id', 'name', 'name_fr', 'service_kind', 'opp_region', 'ice_strategy_member',
	'sworn_officers', 'sworn_year', 'sworn_source'
] as const;

export type PoliceServiceRow = Record<(typeof POLICE_SERVICE_COLUMNS)[number], CsvValue>;

const SERVICE_KINDS = new Set(['municipal', 'opp', 'first_nations']);
const OPP_REGIONS = new Set(['', 'West', 'Central', 'East', 'North East', 'North West']);
const SERVICE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface PoliceServicesTable {
	rows: PoliceServiceRow[];
	/** csd_count claimed by the source, checked against the jurisdictions later. */
	claimedCsdCounts: Map<string, number>;
	problems: string[];
}

export function buildPoliceServices(records: readonly CsvRecord[]): PoliceServicesTable {
	const { byKey, problems } = indexRecords(records, 'police_service_id', 'police-services');
	const rows: PoliceServiceRow[] = [];
	const claimedCsdCounts = new Map<string, number>();
	for (const [id, record] of [...byKey].sort(([a], [b]) => a.localeCompare(b))) {
		const at = `police-services ${id}`;
		const name = record.name?.trim() ?? '';
		const kind = record.service_kind ?? '';
		const region = record.opp_region ?? '';
		if (!SERVICE_ID.test(id)) problems.push(`${at}: id is not a lower-case slug`);
		if (name === '') problems.push(`${at}: empty name`);
		if (!SERVICE_KINDS.has(kind)) problems.push(`${at}: unknown service_kind "${kind}"`);
		if (!OPP_REGIONS.has(region)) problems.push(`${at}: unknown opp_region "${region}"`);
		// The OPP is one police service (domain.md §4); its regions are reporting units, not services.
		if ((kind === 'opp') !== (id === OPP_SERVICE_ID)) problems.push(`${at}: only "${OPP_SERVICE_ID}" is of kind opp`);
		const member = parseBoolean(record.ice_strategy_member_2022, `${at}: ice_strategy_member_2022`, problems);
		const sworn = parseOptionalCount(record.sworn_officers, `${at}: sworn_officers`, problems);
		const swornYear = parseOptionalCount(record.sworn_year, `${at}: sworn_year`, problems);
		claimedCsdCounts.set(id, Number(record.csd_count));
		let nameFr = '';
		try {
			nameFr = frenchServiceName(name);
		} catch (error) {
			problems.push(`${at}: ${(error as Error).message}`);
		}
		rows.push({
			police_service_id: id,
			name,
			name_fr: nameFr,
			service_kind: kind,
			opp_region: region === '' ? null : region,
			ice_strategy_member: member,
			sworn_officers: sworn,
			sworn_year: swornYear,
			sworn_source: record.sworn_source?.trim() || null
		});
	}
	return { rows, claimedCsdCounts, problems };
}

function parseBoolean(text: string | undefined, at: string, problems: string[]): boolean {
	if (text === 'true' || text === 'false') return text === 'true';
	problems.push(`${at}: "${text ?? ''}" is not true/false`);
	return false;
}

function parseOptionalCount(text: string | undefined, at: string, problems: string[]): number | null {
	const trimmed = text?.trim() ?? '';
	if (trimmed === '') return null;
	const value = Number(trimmed);
	if (Number.isInteger(value) && value >= 0) return value;
	problems.push(`${at}: "${trimmed}" is not a non-negative integer`);
	return null;
}
