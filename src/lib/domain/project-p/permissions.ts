/**
 * Who may do what with Project P requests. The route policy (server/policy.ts) admits roles; these
 * rules add what depends on the request or the community, and are enforced again in server code:
 * - a chief files, and sees, requests for their own police service's communities only;
 * - a Project P coordinator (role `project_p`, also acting for the OPP's regional commands) files for
 *   any community, and alone triages, declines, assigns, starts and closes;
 * - a planner reads every request (ministry oversight) but neither files nor decides;
 * - viewers and administrators see none: a request reveals an investigation need in a named community.
 */
import type { ClearanceSubject } from '../clearance';

export type RequestScope = { kind: 'all' } | { kind: 'service'; police_service_id: string } | { kind: 'none' };

export function requestScope(subject: ClearanceSubject | null): RequestScope {
	if (!subject) return { kind: 'none' };
	switch (subject.role) {
		case 'planner':
		case 'project_p':
			return { kind: 'all' };
		case 'chief':
			return subject.police_service_id === null ? { kind: 'none' } : { kind: 'service', police_service_id: subject.police_service_id };
		case 'viewer':
		case 'admin':
			return { kind: 'none' };
	}
}

/** May `subject` see a request filed for a community of `policeServiceId`? */
export function maySee(subject: ClearanceSubject | null, policeServiceId: string): boolean {
	const scope = requestScope(subject);
	return scope.kind === 'all' || (scope.kind === 'service' && scope.police_service_id === policeServiceId);
}

/** May `subject` file a request for a community policed by `policeServiceId`? */
export function mayFile(subject: ClearanceSubject | null, policeServiceId: string): boolean {
	if (!subject) return false;
	if (subject.role === 'project_p') return true;
	return subject.role === 'chief' && subject.police_service_id !== null && subject.police_service_id === policeServiceId;
}

/** May `subject` file any request at all (the draft page and the "request assistance" link)? */
export function mayFileAny(subject: ClearanceSubject | null): boolean {
	return subject !== null && (subject.role === 'project_p' || (subject.role === 'chief' && subject.police_service_id !== null));
}

/** May `subject` move requests through their life cycle? */
export function mayDecide(subject: ClearanceSubject | null): boolean {
	return subject?.role === 'project_p';
}

/** May `subject` see any request at all (the Project P pages, request histories, the map's request rings)? */
export function mayReadRequests(subject: ClearanceSubject | null): boolean {
	return requestScope(subject).kind !== 'none';
}
