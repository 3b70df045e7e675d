import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/database';
import * as communities from '$lib/server/queries/communities';
import { localName, serviceName } from '$lib/i18n/names';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDb();
	const community = await communities.find(db, params.csduid);
	if (!community) error(404, 'Community not found');
	return {
		community: {
			...community,
			display_name: localName(community.name, community.name_fr, locals.locale),
			service_display_name: serviceName(community.police_service_name, community.police_service_name_fr, locals.locale)
		}
	};
};
