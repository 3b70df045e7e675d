/**
 * Who may see a police service's unsuppressed caseload counts (domain.md §9: counts of 1–4 are shown
 * as "< 5", and rates withheld, to anyone without clearance for that service). Pure: the caller
 * says who is asking and, for Project P coordinators, which services currently clear Project P (a
 * request filed by the service or the ministry, open and assigned: server/project-p/clearance.ts).
 */

/** The atlas roles (issue "Accounts, roles and security"). */
export const ROLES = ['planner', 'chief', 'opp_region', 'project_p', 'viewer', 'admin'] as const;
/**
 * - `planner`: ministry planner; cleared for every service; allocation scenarios, gap thresholds.
 * - `chief`: an OACP chief or analyst bound to one police service; cleared for that service only.
 * - `opp_region`: an OPP regional command (one of the OPP's five regional ICE teams, domain.md §4); bound
 *   to the service `opp`, so cleared for the OPP's own counts and not for those of services it assists.
 * - `project_p`: OPP Project P coordinator; cleared for a service only while a request filed by that
 *   service or by the ministry is open and assigned to Project P; filing a request oneself grants nothing.
 * - `viewer`: read-only; sees suppressed counts only.
 * - `admin`: manages accounts; sees suppressed counts only (account work needs no caseload data).
 */
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The part of a signed-in user that clearance depends on. */
export interface ClearanceSubject {
	role: Role;
	/** Set for chiefs (their service) and OPP regional accounts (`opp`), null for every other role. */
	police_service_id: string | null;
}

/**
 * True when `subject` may see `policeServiceId`'s unsuppressed counts. Anonymous visitors (null) are
 * never cleared. `projectPServiceIds` lists the services Project P is cleared for by policy; without
 * it, coordinators are cleared for nothing.
 */
export function isCleared(
	subject: ClearanceSubject | null,
	policeServiceId: string,
	projectPServiceIds: ReadonlySet<string> = new Set()
): boolean {
	if (!subject) return false;
	switch (subject.role) {
		case 'planner':
			return true;
		case 'chief':
		case 'opp_region':
			return subject.police_service_id !== null && subject.police_service_id === policeServiceId;
		case 'project_p':
			return projectPServiceIds.has(policeServiceId);
		case 'viewer':
		case 'admin':
			return false;
	}
}

/** The `cleared(serviceId)` predicate the coverage engine and exports take. */
export function clearanceFor(
	subject: ClearanceSubject | null,
	projectPServiceIds: ReadonlySet<string> = new Set()
): (policeServiceId: string) => boolean {
	return (policeServiceId) => isCleared(subject, policeServiceId, projectPServiceIds);
}
