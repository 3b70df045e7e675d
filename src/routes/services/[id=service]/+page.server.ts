import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/database';
import * as services from '$lib/server/queries/services';
import * as communities from '$lib/server/queries/communities';
import { localName, serviceName } from '$lib/i18n/names';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDb();
	const [service, served] = await Promise.all([
		services.find(db, params.id),
		communities.list(db, { policeServiceId: params.id })
	]);
	if (!service) error(404, 'Police service not found');
	return {
		service: { ...service, display_name: serviceName(service.name, service.name_fr, locals.locale) },
		communities: served.map((row) => ({
			csduid: row.csduid,
			name: localName(row.name, row.name_fr, locals.locale),
			population: row.population
		}))
	};
};
