import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/database';
import { choosePeriod } from '$lib/server/coverage';
import { pageText } from '$lib/i18n/messages';
import { viewerClearance } from '$lib/server/viewer';
import { atlasRows } from '$lib/server/services/atlas';
import * as projectPRequests from '$lib/server/project-p/requests';
import { requestScope } from '$lib/domain/project-p/permissions';
import { readAtlasQuery } from '$lib/domain/atlas-query';

export const load: PageServerLoad = async ({ url, locals }) => {
	const db = await getDb();
	const choice = await choosePeriod(db, url.searchParams.get('period'));
	if (!choice.ok) error(400, `period: ${choice.message}`);
	const [{ rows, rowsJson, headline }, requests] = await Promise.all([
		viewerClearance(locals).then((cleared) => atlasRows(db, choice.period, cleared, locals.locale)),
		// Communities with an open Project P request the reader may see: drawn as rings.
		projectPRequests.openCsduids(db, requestScope(locals.user))
	]);
	return {
		text: pageText(locals.locale, ['map', 'communities', 'services', 'metrics']),
		rowsJson,
		headline,
		period: choice.period,
		periods: choice.periods,
		query: readAtlasQuery(url.searchParams, rows),
		requests
	};
};
