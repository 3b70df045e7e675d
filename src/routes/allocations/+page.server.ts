import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/database';
import * as allocations from '$lib/server/queries/allocations';
import { MAX_SCENARIO_NAME_LENGTH } from '$lib/domain/allocation/scenario-name';

export const load: PageServerLoad = async ({ url }) => ({
	scenarios: await allocations.list(await getDb()),
	// Set by the delete action's redirect, to confirm what went (shown as text, at most a name's length).
	deleted: url.searchParams.get('deleted')?.slice(0, MAX_SCENARIO_NAME_LENGTH) ?? null
});
