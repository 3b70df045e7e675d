import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/database';
import { choosePeriod } from '$lib/server/coverage';
import { communityHistory, toTrendSeries } from '$lib/server/coverage-series';
import { viewerClearance } from '$lib/server/viewer';
import * as communities from '$lib/server/queries/communities';
import { localName, serviceName } from '$lib/domain/names';
import { requestHistory } from '$lib/server/project-p/history';
import { mayFile, mayReadRequests } from '$lib/domain/project-p/permissions';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const db = await getDb();
	const community = await communities.find(db, params.csduid);
	if (!community) error(404, 'Community not found');
	const requested = url.searchParams.get('period');
	const [choice, history] = await Promise.all([choosePeriod(db, requested), communityHistory(db, params.csduid, await viewerClearance(locals))]);
	// No ICE data at all is not the reader's error: the page shows the community without coverage.
	if (!choice.ok && requested) error(400, `period: ${choice.message}`);
	const current = choice.ok ? history.find((snapshot) => snapshot.period === choice.period) : undefined;
	const base = current ? await communities.find(db, current.subject.base_csduid) : undefined;
	return {
		community: {
			...community,
			display_name: localName(community.name, community.name_fr, locals.locale),
			service_display_name: serviceName(community.police_service_name, community.police_service_name_fr, locals.locale)
		},
		coverage:
			current && choice.ok
				? {
						period: current.period,
						periods: choice.periods,
						subject: current.subject,
						baselines: current.baselines,
						responder: {
							name: current.subject.responder_name[locals.locale],
							service_id: current.subject.nearest_ice_service_id,
							base_name: base ? localName(base.name, base.name_fr, locals.locale) : current.subject.base_csduid
						}
					}
				: null,
		trends: toTrendSeries(history, (subject) => subject.metrics),
		projectP: {
			mayFile: mayFile(locals.user, community.police_service_id),
			visible: mayReadRequests(locals.user),
			requests: await requestHistory(db, locals.user, { csduid: community.csduid })
		}
	};
};
