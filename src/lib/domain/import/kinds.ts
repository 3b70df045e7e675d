/**
 * What can be imported (issue 9 "Data import"). Each kind names one dataset and its natural key;
 * its columns are in columns.ts. Shared by the API (query parameter `kind`), the pages and the
 * validators, so a kind can never exist in one place only.
 */
import * as v from 'valibot';

export const IMPORT_KINDS = ['capacity', 'caseload', 'funding', 'children', 'jurisdiction', 'roster', 'prevention', 'training', 'registry'] as const;
/**
 * - `capacity`: ICE staffing and forensic backlog per police service and fiscal quarter (table ice_quarter).
 * - `caseload`: referrals, investigations, charges, victims, backlog, files to Project P, per service and quarter (ice_quarter).
 * - `funding`: ICE Strategy funding received per service and fiscal year, in dollars and cents (strategy_funding).
 * - `children`: real counts of children 0–17 per census subdivision, replacing the estimate (community.children).
 * - `jurisdiction`: the police service of record per census subdivision (jurisdiction), replacing the
 *   census-division approximation of OPP detachment areas.
 * - `roster`: Project P members and their availability per quarter (project_p_member, project_p_availability).
 * - `prevention`: CYBERCOPS lessons for Grades 7–8 per community and school year (stream_prevention; issue 10).
 * - `training`: ICE training of investigators and Crowns per police service or Crown office and year (stream_training).
 * - `registry`: offender-registry address verification per program, police service and quarter
 *   (stream_registry_quarter): aggregates only, never an individual; planner-only data.
 */
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const ImportKindSchema = v.picklist(IMPORT_KINDS, 'unknown_kind');

/**
 * Kinds a chief may import, and only for the service they are bound to (issue 9, "Permissions").
 * The stream kinds are planners' only: registry figures are planner-only data (issue 10).
 */
export const CHIEF_KINDS: readonly ImportKind[] = ['capacity', 'caseload'];

/** Datasets only planners may see, even as counts (registry compliance, issue 10). */
export const PLANNER_ONLY_KINDS: readonly ImportKind[] = ['registry'];

/** The two kinds that share one ice_quarter row per service and quarter. */
export type QuarterKind = 'capacity' | 'caseload';

export function isQuarterKind(kind: ImportKind): kind is QuarterKind {
	return kind === 'capacity' || kind === 'caseload';
}

/** `?confirm_warnings=true|false` (default false: implausible figures hold a commit back). */
export const ConfirmSchema = v.pipe(
	v.optional(v.picklist(['true', 'false'], 'not_boolean'), 'false'),
	v.transform((text) => text === 'true')
);

/** `?dry_run=true|false` (default true: nothing is written unless asked). */
export const DryRunSchema = v.pipe(
	v.optional(v.picklist(['true', 'false'], 'not_boolean'), 'true'),
	v.transform((text) => text === 'true')
);
