/**
 * data/reference/jurisdictions.csv: exactly one police service of record per CSD, sorted by
 * CSDUID, from the shared compiled assignment (shared/data/reference/police-jurisdictions.csv).
 * Every CSD must be assigned, every service must exist and police at least one CSD, and the
 * per-service CSD counts must match the ones the services list claims.
 */
import type { CsvRecord, CsvValue } from './csv';
import { indexRecords } from './keyed-records';
import { isOppRegion, OPP_SERVICE_ID } from '../../src/lib/domain/responders/opp-regions';

export const JURISDICTION_COLUMNS = ['csduid', 'police_service_id', 'opp_region', 'opp_area_id', 'confidence', 'note'] as const;

export type JurisdictionRow = Record<(typeof JURISDICTION_COLUMNS)[number], CsvValue>;

const CONFIDENCE_LEVELS = new Set(['high', 'medium', 'low']);

export interface JurisdictionInputs {
	records: readonly CsvRecord[];
	/** CSDUID → name, from the boundary file. */
	communityNames: ReadonlyMap<string, string>;
	serviceIds: ReadonlySet<string>;
	claimedCsdCounts: ReadonlyMap<string, number>;
}

export function buildJurisdictions(inputs: JurisdictionInputs): { rows: JurisdictionRow[]; problems: string[] } {
	const { byKey, problems } = indexRecords(inputs.records, 'csduid', 'police-jurisdictions');
	const csdCounts = new Map<string, number>();
	const rows: JurisdictionRow[] = [];
	for (const [csduid, record] of [...byKey].sort(([a], [b]) => a.localeCompare(b))) {
		const at = `police-jurisdictions ${csduid}`;
		const serviceId = record.police_service_id?.trim() ?? '';
		const confidence = record.confidence?.trim() ?? '';
		const expectedName = inputs.communityNames.get(csduid);
		if (expectedName === undefined) problems.push(`${at}: CSDUID is not in the boundary file`);
		else if (record.csd_name !== undefined && record.csd_name !== expectedName) {
			problems.push(`${at}: named "${record.csd_name}", the boundary file says "${expectedName}"`);
		}
		if (!inputs.serviceIds.has(serviceId)) problems.push(`${at}: unknown police_service_id "${serviceId}"`);
		if (!CONFIDENCE_LEVELS.has(confidence)) problems.push(`${at}: confidence "${confidence}" is not high/medium/low`);
		const region = record.opp_region?.trim() ?? '';
		// Every CSD lies in one of the five OPP regions, whoever polices it (domain.md §4).
		if (!isOppRegion(region)) problems.push(`${at}: opp_region "${region}" is not one of the five OPP regions`);
		// The census-division OPP area groups OPP communities for display only; it is never a service.
		const area = record.opp_area_id?.trim() ?? '';
		if (serviceId === OPP_SERVICE_ID && !/^opp-35\d{2}$/.test(area)) problems.push(`${at}: an OPP community needs opp_area_id opp-<cduid>`);
		if (serviceId !== OPP_SERVICE_ID && area !== '') problems.push(`${at}: opp_area_id "${area}" on a community the OPP does not police`);
		csdCounts.set(serviceId, (csdCounts.get(serviceId) ?? 0) + 1);
		rows.push({ csduid, police_service_id: serviceId, opp_region: region, opp_area_id: area || null, confidence, note: record.note?.trim() || null });
	}
	for (const csduid of inputs.communityNames.keys()) {
		if (!byKey.has(csduid)) problems.push(`police-jurisdictions: CSD ${csduid} (${inputs.communityNames.get(csduid)}) has no police service`);
	}
	for (const serviceId of inputs.serviceIds) {
		const count = csdCounts.get(serviceId) ?? 0;
		const claimed = inputs.claimedCsdCounts.get(serviceId);
		if (count === 0) problems.push(`police-services ${serviceId}: polices no CSD`);
		else if (claimed !== undefined && !Number.isNaN(claimed) && claimed !== count) {
			problems.push(`police-services ${serviceId}: csd_count says ${claimed}, jurisdictions assign ${count}`);
		}
	}
	return { rows, problems };
}
