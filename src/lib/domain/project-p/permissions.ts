/**
 * Who may do what with Project P requests. The route policy (server/policy.ts) admits roles; these
 * rules add what depends on the request or the community, and are enforced again in server code:
 * - a chief files, and sees, requests for their own police service's communities only;
 * - a Project P coordinator (role `project_p`, also acting for the OPP's regional commands) files for
 *   any community, and alone triages, declines, assigns, starts and closes;
 * - an OPP regional command (role `opp_region`) files for the communities its team answers for (the
 *   community's responder is its team: own OPP communities and assisted ones) and sees the requests its
 *   team filed, nothing else;
 * - a planner reads every request (ministry oversight) but neither files nor decides;
 * - viewers and administrators see none: a request reveals an investigation need in a named community.
 */
import type { ClearanceSubject } from '../clearance';
import type { OppRegion } from '../vocabulary';
import { regionalUnitOf } from './opp-region';

/** A signed-in user as these rules see it: the clearance subject and, for OPP regional accounts, the region. */
export interface RequestSubject extends ClearanceSubject {
	opp_region?: OppRegion | null;
}

export type RequestScope =
	| { kind: 'all' }
	| { kind: 'service'; police_service_id: string }
	| { kind: 'unit'; reporting_unit_id: string }
	| { kind: 'none' };

export function requestScope(subject: RequestSubject | null): RequestScope {
	if (!subject) return { kind: 'none' };
	switch (subject.role) {
		case 'opp_region': {
			const unit = regionalUnitOf(subject);
			return unit === null ? { kind: 'none' } : { kind: 'unit', reporting_unit_id: unit };
		}
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

/** A request as these rules see it: the community's service and, when an OPP team filed it, the team. */
export interface RequestOwner {
	police_service_id: string;
	reporting_unit_id?: string | null;
}

/** May `subject` see a request (a service id alone: a request no OPP team filed)? */
export function maySee(subject: RequestSubject | null, request: RequestOwner | string): boolean {
	const owner = typeof request === 'string' ? { police_service_id: request, reporting_unit_id: null } : request;
	const scope = requestScope(subject);
	switch (scope.kind) {
		case 'all':
			return true;
		case 'service':
			return scope.police_service_id === owner.police_service_id;
		case 'unit':
			return (owner.reporting_unit_id ?? null) === scope.reporting_unit_id;
		case 'none':
			return false;
	}
}

/**
 * May `subject` file a request for a community policed by `policeServiceId` and answered by the unit
 * `responderId` (the coverage engine's responder; needed for OPP regional accounts only)?
 */
export function mayFile(subject: RequestSubject | null, policeServiceId: string, responderId: string | null = null): boolean {
	if (!subject) return false;
	if (subject.role === 'project_p') return true;
	if (subject.role === 'opp_region') {
		const unit = regionalUnitOf(subject);
		return unit !== null && responderId === unit;
	}
	return subject.role === 'chief' && subject.police_service_id !== null && subject.police_service_id === policeServiceId;
}

/** May `subject` file any request at all (the draft page and the "request assistance" link)? */
export function mayFileAny(subject: RequestSubject | null): boolean {
	return (
		subject !== null &&
		(subject.role === 'project_p' || (subject.role === 'chief' && subject.police_service_id !== null) || regionalUnitOf(subject) !== null)
	);
}

/** May `subject` move requests through their life cycle? */
export function mayDecide(subject: RequestSubject | null): boolean {
	return subject?.role === 'project_p';
}

/** May `subject` see any request at all (the Project P pages, request histories, the map's request rings)? */
export function mayReadRequests(subject: RequestSubject | null): boolean {
	return requestScope(subject).kind !== 'none';
}
