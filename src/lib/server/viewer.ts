/**
 * What the current viewer is cleared to see (disclosure control, domain.md §9), for loads, API
 * routes and exports alike, so no path can show more than another. A Project P coordinator is cleared
 * for a service only while a request filed by that service or by the ministry is open and assigned to
 * Project P (project-p/clearance.ts), read from the database on each request: a request assigned or
 * closed a moment ago counts at once. Every answer computed with such a clearance is audited.
 */
import { getRequestEvent } from '$app/server';
import { clearanceFor } from '../domain/clearance';
import type { Clearance } from '../domain/coverage';
import { getDb } from './database';
import * as projectPClearance from './project-p/clearance';

/** The answer being computed, as the audit log names it: method and path, never the query string. */
function currentAnswer(): string {
	try {
		const event = getRequestEvent();
		return `${event.request.method} ${event.url.pathname}`;
	} catch {
		// Outside a request (scripts, tests calling this directly) there is no answer to name.
		return 'outside a request';
	}
}

export async function viewerClearance(locals: App.Locals, answer: string = currentAnswer()): Promise<Clearance> {
	const user = locals.user ?? null;
	if (user?.role !== 'project_p') return clearanceFor(user);
	const db = await getDb();
	const grants = await projectPClearance.grants(db);
	// Audited before the answer leaves: a failed audit write fails the answer rather than go unrecorded.
	await projectPClearance.recordUse(db, { actor: user, grants, answer });
	return clearanceFor(user, new Set(grants.map((grant) => grant.police_service_id)));
}

/**
 * A text that differs whenever what the viewer is cleared for differs (for entity tags): two viewers
 * with the same key see the same figures.
 */
export async function viewerClearanceKey(locals: App.Locals): Promise<string> {
	const user = locals.user ?? null;
	if (!user) return 'anonymous';
	if (user.role !== 'project_p') return `${user.role}:${user.police_service_id ?? ''}`;
	const grants = await projectPClearance.grants(await getDb());
	return `project_p:${[...new Set(grants.map((grant) => grant.police_service_id))].sort().join(',')}`;
}
