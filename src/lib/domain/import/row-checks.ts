/**
 * Checks that look at several cells of one row: the other half of a quarter row is all or
 * nothing, and a roster row gives a period and an availability together. And the chief's scope:
 * a chief imports only their own service's rows (issue 9, "Permissions").
 */
import { AT_MOST, CAPACITY_COLUMNS, CASELOAD_COLUMNS } from './columns';
import type { ValidationContext } from './context';
import type { ImportKind } from './kinds';
import type { ImportIssue } from './issues';

/** A row's non-empty cells by column name. */
export type RowCells = Readonly<Record<string, string>>;

export interface RowPlace {
	row: number;
	/** The header as written, by column name. */
	label: (column: string) => string;
}

/** The other half of an ice_quarter row: given entirely or not at all. */
function otherHalfIssues(kind: 'capacity' | 'caseload', cells: RowCells, place: RowPlace): ImportIssue[] {
	const other = kind === 'capacity' ? CASELOAD_COLUMNS : CAPACITY_COLUMNS;
	const given = other.filter((column) => column in cells);
	if (given.length === 0 || given.length === other.length) return [];
	return other
		.filter((column) => !(column in cells))
		.map((column) => ({ row: place.row, column: place.label(column), value: '', code: 'half_incomplete' as const, params: { given: given.join(', ') } }));
}

function rosterPairIssues(cells: RowCells, place: RowPlace): ImportIssue[] {
	const hasPeriod = 'period' in cells;
	const hasFte = 'fte' in cells;
	if (hasPeriod === hasFte) return [];
	const missing = hasPeriod ? 'fte' : 'period';
	return [{ row: place.row, column: place.label(missing), value: '', code: 'period_and_fte' }];
}

export function crossCellIssues(kind: ImportKind, cells: RowCells, place: RowPlace): ImportIssue[] {
	if (kind === 'capacity' || kind === 'caseload') return otherHalfIssues(kind, cells, place);
	if (kind === 'roster') return rosterPairIssues(cells, place);
	return [];
}

/**
 * A chief's file may hold only their own service's rows; each other row is an issue naming it.
 * `serviceId` is the row's key service (capacity, caseload, funding), undefined for other kinds.
 */
export function scopeIssue(serviceId: string | undefined, context: ValidationContext, place: RowPlace): ImportIssue | null {
	if (context.onlyService === null || serviceId === undefined || serviceId === context.onlyService) return null;
	return {
		row: place.row,
		column: place.label('police_service_id'),
		value: serviceId,
		code: 'other_service',
		params: { service: context.onlyService }
	};
}

/**
 * Checks on a valid row's typed output: a figure may not exceed the one it counts part of
 * (columns.ts AT_MOST, the tables' check constraints), and a police service's training row names
 * a service of the atlas (a Crown office's id is its own).
 */
export function outputIssues(kind: ImportKind, output: Readonly<Record<string, unknown>>, context: ValidationContext, place: RowPlace): ImportIssue[] {
	const issues: ImportIssue[] = [];
	for (const [part, whole] of AT_MOST[kind] ?? []) {
		const value = output[part];
		const limit = output[whole];
		if (typeof value === 'number' && typeof limit === 'number' && value > limit) {
			issues.push({ row: place.row, column: place.label(part), value: String(value), code: 'more_than_column', params: { other: place.label(whole), limit: String(limit) } });
		}
	}
	if (kind === 'training' && output.office_kind === 'police_service' && typeof output.office_id === 'string' && !context.serviceIds.has(output.office_id)) {
		issues.push({ row: place.row, column: place.label('office_id'), value: output.office_id, code: 'unknown_service' });
	}
	if ((kind === 'capacity' || kind === 'caseload') && typeof output.police_service_id === 'string') {
		const unitIssue = reportingUnitIssue(output.police_service_id, context, place);
		if (unitIssue) issues.push(unitIssue);
	}
	if (kind === 'jurisdiction') issues.push(...jurisdictionIssues(output, context, place));
	return issues;
}

/**
 * Capacity and caseload are stored per reporting unit (ice_quarter.police_service_id names one):
 * a police service that reports through other units (the OPP, by regional team) has no row of
 * its own, and writing one would break the reference to reporting_unit. The issue lists the ids
 * to use instead.
 */
function reportingUnitIssue(id: string, context: ValidationContext, place: RowPlace): ImportIssue | null {
	const service = context.services?.get(id);
	if (service === undefined || service.units.includes(id)) return null;
	return { row: place.row, column: place.label('police_service_id'), value: id, code: 'not_reporting_unit', params: { units: service.units.join(', ') || '—' } };
}

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
