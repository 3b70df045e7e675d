import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { databaseMode, getDb } from '$lib/server/database';
import * as communities from '$lib/server/queries/communities';

export const GET: RequestHandler = async () => {
	const db = await getDb();
	return json({ status: 'ok', database: await databaseMode(), communities: await communities.count(db) });
};
