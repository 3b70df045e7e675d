import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/database';
import { badParameter } from '$lib/server/api/respond';
import { importId } from '$lib/server/import/import-id';
import { requestActor } from '$lib/server/import/request-actor';
import { rollbackImport } from '$lib/server/import/rollback';
import { rollbackProblem } from '$lib/server/import/rollback-answer';

/** Restores what an import replaced; 409 when a later import changed the same rows. */
export const POST: RequestHandler = async ({ params, locals }) => {
	const actor = requestActor(locals.user, locals.locale);
	if (actor instanceof Response) return actor;
	const id = importId(params.id);
	if (id === null) return badParameter('id', 'a positive whole number');
	const outcome = await rollbackImport(await getDb(), id, actor, new Date());
	if (outcome.ok) return json({ data: { id, status: 'rolled_back', restored: outcome.restored } });
	const problem = rollbackProblem(outcome, locals.locale);
	return json({ error: problem }, { status: problem.status });
};
