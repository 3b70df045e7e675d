import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { pageText } from '$lib/i18n/messages';
import { isPeriodKey } from '$lib/domain/period';
import { quarterContaining } from '$lib/domain/project-p/quarter';
import { getDb } from '$lib/server/database';
import * as roster from '$lib/server/project-p/roster';
import { rosterWorkload } from '$lib/server/project-p/workload';

export const load: PageServerLoad = async ({ url, locals }) => {
	const current = quarterContaining(new Date());
	const period = url.searchParams.get('period') || current;
	if (!isPeriodKey(period)) error(400, `period: '${period.slice(0, 20)}' is not a quarter (expected YYYY-Qn, e.g. ${current})`);
	const db = await getDb();
	const [workload, periods] = await Promise.all([rosterWorkload(db, period), roster.periods(db)]);
	return { text: pageText(locals.locale, ['map', 'projectP']), workload, periods: periods.includes(period) ? periods : [...periods, period].sort() };
};
