import type { PageServerLoad } from './$types';
import { pageText } from '$lib/i18n/messages';
import { largestFlagged } from '$lib/domain/streams/views';
import { getDb } from '$lib/server/database';
import { preventionFor, registryFor, trainingFor } from '$lib/server/streams/views';
import { viewerClearance } from '$lib/server/viewer';
import { can } from '$lib/server/policy';

/** Flagged communities the overview lists (most Grade 7–8 students first); /streams/prevention lists them all. */
const OVERVIEW_FLAGGED = 10;

/** The three streams at a glance, each at its latest school year, year or quarter; registry for planners only. */
export const load: PageServerLoad = async ({ locals }) => {
	const db = await getDb();
	// The registry's figures go to whoever may open its page (server/policy.ts).
	const planner = can(locals.user, '/streams/registry');
	const [prevention, training, registry] = await Promise.all([
		preventionFor(db, null),
		trainingFor(db, null),
		planner ? registryFor(db, null, await viewerClearance(locals)) : Promise.resolve(null)
	]);
	return {
		text: pageText(locals.locale, ['streams', 'metrics']),
		prevention: prevention.ok
			? {
					schoolYear: prevention.schoolYear,
					totals: prevention.view.totals,
					flaggedCount: prevention.view.flagged,
					flagged: largestFlagged(prevention.view, OVERVIEW_FLAGGED),
					illustrative: prevention.view.illustrative
				}
			: null,
		training: training.ok ? { year: training.year, rows: training.view.rows, flagged: training.view.flagged, illustrative: training.view.illustrative } : null,
		registry: registry?.ok ? { period: registry.period, programs: registry.programs, rows: registry.rows, illustrative: registry.illustrative } : null
	};
};
