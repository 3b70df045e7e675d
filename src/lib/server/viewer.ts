/**
 * What the current viewer is cleared to see (disclosure control, domain.md §9), for loads, API
 * routes and exports alike, so no path can show more than another. A Project P coordinator is cleared
 * for the police services of communities with open Project P requests (domain/clearance.ts), read
 * from the database on each request: a request opened or closed a moment ago counts at once.
 */
import { clearanceFor } from '../domain/clearance';
import type { Clearance } from '../domain/coverage';
import { getDb } from './database';
import * as projectPRequests from './project-p/requests';

export async function viewerClearance(locals: App.Locals): Promise<Clearance> {
	const user = locals.user ?? null;
	if (user?.role !== 'project_p') return clearanceFor(user);
	return clearanceFor(user, new Set(await projectPRequests.openServiceIds(await getDb())));
}

/**
 * A text that differs whenever what the viewer is cleared for differs (for entity tags): two viewers
 * with the same key see the same figures.
 */
export async function viewerClearanceKey(locals: App.Locals): Promise<string> {
	const user = locals.user ?? null;
	if (!user) return 'anonymous';
	if (user.role !== 'project_p') return `${user.role}:${user.police_service_id ?? ''}`;
	const open = await projectPRequests.openServiceIds(await getDb());
	return `project_p:${[...open].sort().join(',')}`;
}
