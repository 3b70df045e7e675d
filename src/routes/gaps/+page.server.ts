import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { gapsPage } from '$lib/server/services/gaps';
import { can } from '$lib/server/policy';

export const load: PageServerLoad = async (event) => {
	const gaps = await gapsPage(event);
	const canEditThresholds = can(event.locals.user, '/gaps/thresholds');
	if (!gaps.ok) {
		// No ICE data at all is not the reader's error: the page says so instead.
		if (event.url.searchParams.get('period')) error(400, `period: ${gaps.message}`);
		return { gaps: null, canEditThresholds };
	}
	return { gaps: gaps.page, canEditThresholds };
};
