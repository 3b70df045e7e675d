/**
 * Checks that look at several cells of one row, whatever the kind: a figure may not exceed the one
 * it counts part of (the kind's `atMost` pairs, the tables' check constraints), then the kind's
 * own checks (kinds/). And the chief's scope: a chief imports only their own service's rows
 * (issue 9, "Permissions").
 */
import type { ValidationContext } from './context';
import type { RowCells, RowPlace } from './kind';
import { kindSpec, type ImportKind } from './kinds';
import type { ImportIssue } from './issues';

export function crossCellIssues(kind: ImportKind, cells: RowCells, place: RowPlace): ImportIssue[] {
	return kindSpec(kind).cellChecks?.(cells, place) ?? [];
}

/**
 * A chief's file may hold only their own service's rows; each other row is an issue naming it.
 * `serviceId` is the row's service (capacity, caseload, funding), undefined for other kinds.
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

/** Checks on a valid row's typed output: the kind's `atMost` pairs, then its own output checks. */
export function outputIssues(kind: ImportKind, output: Readonly<Record<string, unknown>>, context: ValidationContext, place: RowPlace): ImportIssue[] {
	const spec = kindSpec(kind);
	const issues: ImportIssue[] = [];
	for (const [part, whole] of spec.atMost ?? []) {
		const value = output[part];
		const limit = output[whole];
		if (typeof value === 'number' && typeof limit === 'number' && value > limit) {
			issues.push({ row: place.row, column: place.label(part), value: String(value), code: 'more_than_column', params: { other: place.label(whole), limit: String(limit) } });
		}
	}
	issues.push(...(spec.outputChecks?.(output, context, place) ?? []));
	return issues;
}
