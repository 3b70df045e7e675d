/**
 * Who asks, for clearance and permission tests: one subject per role that holds no service, and a
 * chief of a given service. Tests about a role's edge cases (a chief without a service, an OPP
 * regional command) build those where they test them.
 */
import type { ClearanceSubject } from '../../src/lib/domain/clearance';

export const planner: ClearanceSubject = { role: 'planner', police_service_id: null };
/** The Project P coordinator. */
export const coordinator: ClearanceSubject = { role: 'project_p', police_service_id: null };
export const viewer: ClearanceSubject = { role: 'viewer', police_service_id: null };
export const admin: ClearanceSubject = { role: 'admin', police_service_id: null };

export const chiefOf = (serviceId: string): ClearanceSubject => ({ role: 'chief', police_service_id: serviceId });
