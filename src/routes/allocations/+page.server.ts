import type { PageServerLoad } from './$types';
import { pageText } from '$lib/i18n/messages';
import { getDb } from '$lib/server/database';
import { openOppSupportItems } from '$lib/server/project-p/opp-support';
import * as allocations from '$lib/server/queries/allocations';
import { MAX_SCENARIO_NAME_LENGTH } from '$lib/domain/allocation/scenario-name';

export const load: PageServerLoad = async ({ url, locals }) => ({
	text: pageText(locals.locale, ['allocations', 'map', 'projectP']),
	scenarios: await allocations.list(await getDb()),
	// The OPP's open support requests, beside the allocation (planners read every request).
	oppSupport: await openOppSupportItems(await getDb()),
	// Set by the delete action's redirect, to confirm what went (shown as text, at most a name's length).
	deleted: url.searchParams.get('deleted')?.slice(0, MAX_SCENARIO_NAME_LENGTH) ?? null
});
