/**
 * The police service of record per census subdivision (jurisdiction), replacing the
 * census-division approximation of OPP detachment areas.
 */
import type { ValidationContext } from '../context';
import { defineKind, type RowPlace } from '../kind';
import type { ImportIssue } from '../issues';
import type { JurisdictionRecord } from '../records';
import { textOrNull, type RowValues } from '../storage';
import type { StoredJurisdiction } from '../stored';
import type { ConfidenceLevel } from '../../vocabulary';
import { CSDUID, SERVICE, statusOf } from './common';

/**
 * The official jurisdiction mapping (domain.md §4): the service of record must be a police
 * service (a regional team is not one) that has a responder — its own unit, or the OPP's team of
 * a region that has one — and the OPP area grouping is given for OPP-policed communities only.
 */
function jurisdictionIssues(output: Readonly<Record<string, unknown>>, context: ValidationContext, place: RowPlace): ImportIssue[] {
	const issues: ImportIssue[] = [];
	const id = String(output.police_service_id);
	const areaId = typeof output.opp_area_id === 'string' ? output.opp_area_id : null;
	const region = typeof output.opp_region === 'string' ? output.opp_region : null;
	if (region !== null && context.oppTeamRegions && !context.oppTeamRegions.has(region)) {
		const known = [...context.oppTeamRegions].sort().join(', ') || '—';
		issues.push({ row: place.row, column: place.label('opp_region'), value: region, code: 'region_without_team', params: { regions: known } });
	}
	if (!context.services) return issues;
	const service = context.services.get(id);
	if (service === undefined) {
		issues.push({ row: place.row, column: place.label('police_service_id'), value: id, code: 'unknown_service' });
		return issues;
	}
	if (service.kind === 'opp' && areaId === null) {
		issues.push({ row: place.row, column: place.label('opp_area_id'), value: '', code: 'opp_area_required' });
	}
	if (service.kind !== 'opp' && areaId !== null) {
		issues.push({ row: place.row, column: place.label('opp_area_id'), value: areaId, code: 'opp_area_not_opp', params: { service: id } });
	}
	if (service.units.length === 0) {
		issues.push({ row: place.row, column: place.label('police_service_id'), value: id, code: 'service_without_unit' });
	}
	return issues;
}

export const jurisdiction = defineKind<JurisdictionRecord, StoredJurisdiction>()({
	columns: [
		CSDUID,
		{ ...SERVICE, presence: 'required' },
		{ name: 'confidence', french: 'confiance', type: 'confidence', presence: 'optional' },
		{ name: 'note', french: 'note', type: 'note', presence: 'optional' },
		// The official OPP mapping: the census-division OPP area (a display grouping, required for an
		// OPP-policed community, refused for any other) and the OPP region whose team answers there.
		{ name: 'opp_area_id', french: 'id_secteur_ppo', type: 'opp_area_id', presence: 'optional' },
		{ name: 'opp_region', french: 'region_ppo', type: 'opp_region', presence: 'optional' }
	],
	toRecord: (row) => ({
		csduid: row.csduid,
		police_service_id: row.police_service_id,
		// An official jurisdiction file is authoritative: high confidence unless it says otherwise.
		confidence: row.confidence ?? 'high',
		note: row.note ?? null,
		opp_area_id: row.opp_area_id ?? null,
		opp_region: row.opp_region ?? null
	}),
	keyParts: (r) => [r.csduid],
	outputChecks: jurisdictionIssues,
	classify: (row, stored) => {
		const { police_service_id, confidence, note, opp_area_id, opp_region } = row.record;
		const same =
			!!stored &&
			stored.police_service_id === police_service_id &&
			stored.confidence === confidence &&
			stored.note === note &&
			stored.opp_area_id === opp_area_id &&
			(opp_region === null || stored.opp_region === opp_region);
		return statusOf(!stored, !!stored && (!stored.imported || !same));
	},
	storage: {
		// Every CSD has its row from the seed; an import reassigns the service, never the CSD's OPP region.
		tables: [
			{
				name: 'jurisdiction',
				keys: { csduid: 'text' },
				tracked: { police_service_id: 'text', opp_region: 'text', opp_area_id: 'text', confidence: 'text', note: 'text', source: 'text' },
				insertable: false,
				bookkeeping: ['source']
			}
		],
		keysOf: (r) => [{ table: 'jurisdiction', row: { csduid: r.csduid } }],
		storedOf: (r, lookup) => {
			const row = lookup('jurisdiction', { csduid: r.csduid });
			if (!row) return undefined;
			return {
				police_service_id: String(row.police_service_id),
				confidence: row.confidence as ConfidenceLevel,
				note: textOrNull(row.note),
				opp_area_id: textOrNull(row.opp_area_id),
				opp_region: String(row.opp_region),
				imported: String(row.source).startsWith('import #')
			};
		},
		rowsOf: (r, lookup, origin) => {
			// A file without the region column keeps the stored one (the region the community lies in).
			const region = r.opp_region ?? lookup('jurisdiction', { csduid: r.csduid })?.opp_region ?? null;
			const row: RowValues = { csduid: r.csduid, police_service_id: r.police_service_id, opp_region: region, opp_area_id: r.opp_area_id, confidence: r.confidence, note: r.note, source: origin.label };
			return [{ table: 'jurisdiction', row }];
		}
	},
	chiefsMayImport: false,
	plannersOnly: false,
	provenance: { baseline: 'compiled', table: 'jurisdiction', imported: { column: 'source', startsWith: 'import #' } }
});
