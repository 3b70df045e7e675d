import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { pageText } from '$lib/i18n/messages';
import { gapsPage } from '$lib/server/services/gaps';
import { can } from '$lib/server/policy';

export const load: PageServerLoad = async (event) => {
	const gaps = await gapsPage(event);
	const canEditThresholds = can(event.locals.user, '/gaps/thresholds');
	const text = pageText(event.locals.locale, ['coverage', 'map', 'services']);
	if (!gaps.ok) {
		// No ICE data at all is not the reader's error: the page says so instead.
		if (event.url.searchParams.get('period')) error(400, `period: ${gaps.message}`);
		return { text, gaps: null, canEditThresholds };
	}
	return { text, gaps: gaps.page, canEditThresholds };
};
