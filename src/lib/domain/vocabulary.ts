/**
 * The atlas's closed code lists, each declared once as a readonly array with its type derived from it. Everything
 * else (domain types, the database schema's column types, URL parsers, API schemas, forms) imports them from here,
 * so adding or removing a code is one edit here plus its dictionary entries. Labels live in the i18n dictionaries;
 * migrations keep their own literal SQL checks, since the schema's history must not change.
 */

/**
 * The kind of police service (domain.md §4): municipal (43, regional ones cover several municipalities), the OPP
 * (one service, five regions) and self-administered First Nations services.
 */
export const SERVICE_KINDS = ['municipal', 'opp', 'first_nations'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/** The OPP's five regions (domain.md §4), as police_service.opp_region spells them. */
export const OPP_REGIONS = ['West', 'Central', 'East', 'North East', 'North West'] as const;
export type OppRegion = (typeof OPP_REGIONS)[number];

/** A community's or service's coverage gap level, from best to worst (coverage/levels.ts ranks them). */
export const GAP_LEVELS = ['none', 'watch', 'gap', 'critical'] as const;
export type Level = (typeof GAP_LEVELS)[number];

/**
 * Distance classes from a community to its nearest ICE base (metrics/coverage.ts, `remotenessClass`, has the
 * thresholds; the classes' words are in the dictionary, i18n/sections/vocabulary.ts, keyed by class).
 */
export const REMOTENESS_CLASSES = ['urban_access', 'rural', 'remote', 'fly_in'] as const;
export type RemotenessClass = (typeof REMOTENESS_CLASSES)[number];

/** Who takes a community's files (domain.md §5): its service's own unit, the OPP's regional team, or the OPP assisting. */
export const RELATIONSHIPS = ['own', 'opp', 'assisted'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/** How the responder reaches the community: by road within the distance threshold, farther by road, or by air only. */
export const ACCESS_CLASSES = ['road', 'far', 'fly_in'] as const;
export type Access = (typeof ACCESS_CLASSES)[number];

/** The responder's load against the planner's thresholds. */
export const CAPACITY_STATES = ['ok', 'stretched', 'overloaded'] as const;
export type Capacity = (typeof CAPACITY_STATES)[number];

/** Why a community is on the Project P list: it relies on OPP assistance and that help is stretched thin or far. */
export const PROJECT_P_BASES = ['assisted_overloaded', 'assisted_far', 'assisted_fly_in'] as const;
export type ProjectPBasis = (typeof PROJECT_P_BASES)[number];

/** How sure the reference data is that a service polices a community (jurisdiction.confidence). */
export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

/**
 * The atlas roles; what each may see is in clearance.ts (counts) and server/policy.ts (routes).
 * - `planner`: ministry planner; cleared for every service; allocation scenarios, gap thresholds.
 * - `chief`: an OACP chief or analyst bound to one police service; cleared for that service only.
 * - `opp_region`: an OPP regional command (one of the OPP's five regional ICE teams, domain.md §4); bound
 *   to the service `opp`, so cleared for the OPP's own counts and not for those of services it assists.
 * - `project_p`: OPP Project P coordinator; cleared for a service only while a request filed by that
 *   service or by the ministry is open and assigned to Project P; filing a request oneself grants nothing.
 * - `viewer`: read-only; sees suppressed counts only.
 * - `admin`: manages accounts; sees suppressed counts only (account work needs no caseload data).
 */
export const ROLES = ['planner', 'chief', 'opp_region', 'project_p', 'viewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** True when `value` is one of `list`: narrows a string read from a URL, a form or a file. */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
	return typeof value === 'string' && (list as readonly string[]).includes(value);
}
