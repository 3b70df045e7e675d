import { regionalUnitOf } from '$lib/domain/project-p/opp-region';
import { requestScope } from '$lib/domain/project-p/permissions';
import { getDb } from '$lib/server/database';
import * as requests from '$lib/server/project-p/requests';
import { viewerClearance } from '$lib/server/viewer';
import type { PageServerLoad } from './$types';
import { pageText } from '$lib/i18n/messages';
import { regionView } from '$lib/server/services/opp-region';

export const load: PageServerLoad = async ({ locals }) => {
	const user = locals.user;
	const unit = regionalUnitOf(user);
	const text = pageText(locals.locale, ['coverage', 'map', 'projectP']);
	// The policy admits OPP regional accounts only; one without a region (not possible in the database) sees nothing.
	if (!user || unit === null) return { text, region: null, view: null, requests: [] };
	const db = await getDb();
	const [view, mine] = await Promise.all([
		regionView(db, unit, await viewerClearance(locals), locals.locale),
		requests.list(db, { scope: requestScope(user) })
	]);
	return {
		text,
		region: user.opp_region ?? null,
		view,
		requests: mine.map((row) => ({ id: row.id, csduid: row.csduid, kind: row.kind, status: row.status, expected_fte_weeks: row.expected_fte_weeks, illustrative: row.illustrative }))
	};
};
