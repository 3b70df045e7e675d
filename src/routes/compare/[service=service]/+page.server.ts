import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/database';
import { serviceComparisonFor } from '$lib/server/comparison';
import { viewerClearance } from '$lib/server/viewer';
import { messages, pageText } from '$lib/i18n/messages';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const db = await getDb();
	const cleared = await viewerClearance(locals);
	const result = await serviceComparisonFor(db, params.service, url.searchParams, { cleared, locale: locals.locale });
	if (!result.ok) error(result.status, result.status === 404 ? messages(locals.locale).compare.notFound : `${result.parameter}: ${result.message}`);
	return {
		text: pageText(locals.locale, ['compare', 'metrics']),
		comparison: result.view,
		names: result.names,
		period: result.period,
		periods: result.periods,
		k: result.k,
		figuresIllustrative: result.data.illustrative
	};
};
