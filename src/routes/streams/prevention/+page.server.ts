import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { pageText } from '$lib/i18n/messages';
import { getDb } from '$lib/server/database';
import { preventionFor } from '$lib/server/streams/views';

/** One school year's prevention reach (`school_year`, default the latest); `flagged=1` keeps flagged communities only. */
export const load: PageServerLoad = async ({ url, locals }) => {
	const chosen = await preventionFor(await getDb(), url.searchParams.get('school_year'));
	if (!chosen.ok) error(400, `${chosen.parameter}: ${chosen.message}`);
	const onlyFlagged = url.searchParams.get('flagged') === '1';
	const { view } = chosen;
	return {
		text: pageText(locals.locale, ['streams', 'metrics']),
		schoolYear: chosen.schoolYear,
		schoolYears: chosen.schoolYears,
		onlyFlagged,
		totals: view.totals,
		flagged: view.flagged,
		illustrative: view.illustrative,
		rows: onlyFlagged ? view.rows.filter((row) => row.no_prevention_reach) : view.rows
	};
};
