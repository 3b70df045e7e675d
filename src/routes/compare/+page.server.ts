import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { pageText } from '$lib/i18n/messages';
import { getDb } from '$lib/server/database';
import * as services from '$lib/server/queries/services';
import { comparisonDirectory } from '$lib/server/comparison';
import { SERVICE_ID_PATTERN } from '$lib/server/api/respond';
import { LANGUAGE_TAGS } from '$lib/i18n/locale';

/**
 * Picking a service to compare. The picker's form sends `?service=id`, answered with a redirect to
 * /compare/id (no script needed). A chief lands on their own service; `?choose` shows the picker anyway.
 */
export const load: PageServerLoad = async ({ url, locals }) => {
	const picked = url.searchParams.get('service');
	if (picked !== null && SERVICE_ID_PATTERN.test(picked)) redirect(303, `/compare/${picked}`);
	const own = locals.user?.role === 'chief' ? locals.user.police_service_id : null;
	if (own && !url.searchParams.has('choose')) redirect(303, `/compare/${own}`);
	const db = await getDb();
	const [rows, names] = await Promise.all([services.list(db), comparisonDirectory(db, locals.locale)]);
	const kinds = new Map(rows.map((row) => [row.id, row.kind]));
	// The OPP's regional teams are compared as services of their own (server/comparison.ts), so they can be picked too.
	return {
		text: pageText(locals.locale, ['compare']),
		own,
		services: [...names]
			.map(([id, name]) => ({ id, kind: kinds.get(id) ?? ('opp' as const), name }))
			.sort((a, b) => a.name.localeCompare(b.name, LANGUAGE_TAGS[locals.locale]))
	};
};
