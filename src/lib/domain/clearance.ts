/**
 * Who may see a police service's unsuppressed caseload counts (domain.md §9: counts of 1–4 are shown
 * as "< 5", and rates withheld, to anyone without clearance for that service). Pure: the caller
 * says who is asking and, for Project P coordinators, which services currently clear Project P (a
 * request filed by the service or the ministry, open and assigned: server/project-p/clearance.ts).
 */
import { isOneOf, ROLES, type Role } from './vocabulary';

/** The atlas roles (declared in vocabulary.ts), re-exported beside what each may see. */
export { ROLES, type Role };
/** True for one of the atlas roles: narrows a value read from a form or the database. */
export function isRole(value: unknown): value is Role {
	return isOneOf(ROLES, value);
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
