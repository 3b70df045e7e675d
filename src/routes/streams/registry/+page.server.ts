import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { pageText } from '$lib/i18n/messages';
import { getDb } from '$lib/server/database';
import { registryFor } from '$lib/server/streams/views';
import { viewerClearance } from '$lib/server/viewer';

/** Registry compliance per police service in one quarter (`period`, default the latest); planners only (server/policy.ts). */
export const load: PageServerLoad = async ({ url, locals }) => {
	const chosen = await registryFor(await getDb(), url.searchParams.get('period'), await viewerClearance(locals));
	if (!chosen.ok) error(400, `${chosen.parameter}: ${chosen.message}`);
	return { text: pageText(locals.locale, ['streams', 'metrics']), period: chosen.period, periods: chosen.periods, programs: chosen.programs, rows: chosen.rows, illustrative: chosen.illustrative };
};
