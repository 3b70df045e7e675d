import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { pageText } from '$lib/i18n/messages';
import { servicePage } from '$lib/server/services/subject-pages';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const outcome = await servicePage(params.id, { locals, period: url.searchParams.get('period') });
	if (outcome.status === 'not_found') error(404, 'Police service not found');
	if (outcome.status === 'bad_period') error(400, `period: ${outcome.message}`);
	return { ...outcome.page, text: pageText(locals.locale, ['communities', 'coverage', 'projectP', 'services', 'metrics']) };
};
