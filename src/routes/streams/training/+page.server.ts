import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { pageText } from '$lib/i18n/messages';
import { getDb } from '$lib/server/database';
import { trainingFor } from '$lib/server/streams/views';

/** ICE training per police service and Crown office for one reference year (`year`, default the latest). */
export const load: PageServerLoad = async ({ url, locals }) => {
	const chosen = await trainingFor(await getDb(), url.searchParams.get('year'));
	if (!chosen.ok) error(400, `${chosen.parameter}: ${chosen.message}`);
	return { text: pageText(locals.locale, ['streams', 'metrics']), year: chosen.year, years: chosen.years, ...chosen.view };
};
