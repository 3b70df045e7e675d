import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { databaseMode, databaseStatus, getDb, reportDatabaseFailure } from '$lib/server/database';
import * as communities from '$lib/server/queries/communities';
import { isConnectionError } from '$lib/server/db/health';

/** Seconds a client (or a load balancer) should wait before asking again while the database is down. */
const RETRY_AFTER_S = 5;

function unavailable(mode: string, reason: string, since: Date) {
	return json(
		{ status: 'unavailable', database: mode, reason, since: since.toISOString() },
		{ status: 503, headers: { 'Retry-After': String(RETRY_AFTER_S), 'Cache-Control': 'no-store' } }
	);
}

/** 200 when the database answers; 503 with the reason while it does not (for probes and supervisors). */
export const GET: RequestHandler = async () => {
	const mode = await databaseMode();
	const before = databaseStatus();
	if (!before.up) return unavailable(mode, before.reason, before.since);
	try {
		const count = await communities.count(await getDb());
		return json({ status: 'ok', database: mode, communities: count }, { headers: { 'Cache-Control': 'no-store' } });
	} catch (error) {
		if (!isConnectionError(error)) throw error;
		reportDatabaseFailure(error);
		const after = databaseStatus();
		return unavailable(mode, after.up ? String((error as Error).message) : after.reason, after.up ? new Date() : after.since);
	}
};
