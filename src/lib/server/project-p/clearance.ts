/**
 * What a Project P coordinator is cleared for, by policy rather than by action (domain/clearance.ts):
 * a police service's small counts, only while a request FILED BY THAT SERVICE (its chief) OR BY THE
 * MINISTRY (a planner) is open and assigned to Project P (status assigned or active, so roster members
 * are committed to it). A request a coordinator files, triages or declines grants nothing: nobody can
 * clear themselves.
 *
 * Every grant (a qualifying request assigned), every end (closed) and every use (an answer computed
 * with the clearance) is written to the append-only audit log, so the trail outlives the request.
 */
import type { Transaction } from 'kysely';
import { COMMITTING_STATUSES, type RequestStatus } from '$lib/domain/project-p/vocabulary';
import * as audit from '../audit';
import type { AtlasDb } from '../db/client';
import type { Database } from '../db/schema';
import type { ChangeContext } from '../change-context';

export interface ClearanceGrant {
	police_service_id: string;
	request_id: number;
}

/**
 * Requests that clear Project P: filed by a chief of the request's own service or by a planner. The
 * filer's account is read as it is now: a chief moved to another service no longer vouches for the old one.
 */
function qualifying(db: AtlasDb) {
	return db
		.selectFrom('project_p_request as r')
		.innerJoin('users as u', 'u.id', 'r.filed_by_user_id')
		.where((eb) =>
			eb.or([
				eb('u.role', '=', 'planner'),
				eb.and([eb('u.role', '=', 'chief'), eb('u.police_service_id', '=', eb.ref('r.police_service_id'))])
			])
		);
}

/** The services Project P is cleared for now, with the request that clears each. */
export async function grants(db: AtlasDb): Promise<ClearanceGrant[]> {
	return qualifying(db)
		.select(['r.police_service_id', 'r.id as request_id'])
		.where('r.status', 'in', [...COMMITTING_STATUSES])
		.orderBy('r.police_service_id')
		.orderBy('r.id')
		.execute();
}

/** Whether a request, once assigned, clears Project P for its service (whatever its status now). */
export async function clears(db: AtlasDb, requestId: number): Promise<ClearanceGrant | null> {
	const row = await qualifying(db).select(['r.police_service_id', 'r.id as request_id']).where('r.id', '=', requestId).executeTakeFirst();
	return row ?? null;
}

/**
 * Audits the start or end of a clearance inside a status change's transaction: the move to `assigned`
 * grants, the move to `closed` ends. Other moves neither grant nor end (declining is possible only
 * before assignment, so a declined request never cleared anyone).
 */
export async function recordChange(trx: Transaction<Database>, requestId: number, to: RequestStatus, context: ChangeContext): Promise<void> {
	if (to !== 'assigned' && to !== 'closed') return;
	const grant = await clears(trx, requestId);
	if (!grant) return;
	await audit.record(trx, {
		actor: audit.actorOf(context.actor),
		action: to === 'assigned' ? 'clearance.grant' : 'clearance.end',
		entity_type: 'police_service',
		entity_id: grant.police_service_id,
		after: { request_id: requestId, cleared: 'project_p', status: to },
		client_address: context.client_address,
		at: context.now
	});
}

export interface ClearanceUse {
	actor: { id: number; username: string };
	grants: readonly ClearanceGrant[];
	/** Where the answer went: method and path (no query string: it may carry free text). */
	answer: string;
}

/** Audits an answer computed with the clearance: one entry per service it covered, in one transaction. */
export async function recordUse(db: AtlasDb, use: ClearanceUse): Promise<void> {
	if (use.grants.length === 0) return;
	const byService = new Map<string, number[]>();
	for (const grant of use.grants) byService.set(grant.police_service_id, [...(byService.get(grant.police_service_id) ?? []), grant.request_id]);
	await db.transaction().execute(async (trx) => {
		for (const [service, requestIds] of byService) {
			await audit.record(trx, {
				actor: audit.actorOf(use.actor),
				action: 'clearance.use',
				entity_type: 'police_service',
				entity_id: service,
				after: { request_ids: requestIds, answer: use.answer }
			});
		}
	});
}
