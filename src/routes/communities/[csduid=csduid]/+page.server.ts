import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { pageText } from '$lib/i18n/messages';
import { communityPage } from '$lib/server/services/subject-pages';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const outcome = await communityPage(params.csduid, { locals, period: url.searchParams.get('period') });
	if (outcome.status === 'not_found') error(404, 'Community not found');
	if (outcome.status === 'bad_period') error(400, `period: ${outcome.message}`);
	return { ...outcome.page, text: pageText(locals.locale, ['communities', 'coverage', 'projectP', 'services', 'metrics']) };
};
