import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/database';
import { choosePeriod } from '$lib/server/coverage';
import { serviceHistory, toTrendSeries } from '$lib/server/coverage-series';
import { viewerClearance } from '$lib/server/viewer';
import * as services from '$lib/server/queries/services';
import * as communities from '$lib/server/queries/communities';
import { localName, serviceName } from '$lib/domain/names';
import { requestHistory } from '$lib/server/project-p/history';
import { mayFile, mayReadRequests } from '$lib/domain/project-p/permissions';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const db = await getDb();
	const [service, served] = await Promise.all([services.find(db, params.id), communities.list(db, { policeServiceId: params.id })]);
	if (!service) error(404, 'Police service not found');
	const requested = url.searchParams.get('period');
	const [choice, history] = await Promise.all([choosePeriod(db, requested), serviceHistory(db, params.id, await viewerClearance(locals))]);
	// No ICE data at all is not the reader's error: the page shows the service without coverage.
	if (!choice.ok && requested) error(400, `period: ${choice.message}`);
	const current = choice.ok ? history.find((snapshot) => snapshot.period === choice.period) : undefined;
	const levels = new Map(current?.subject.communities.map((row) => [row.csduid, row]));
	return {
		service: { ...service, display_name: serviceName(service.name, service.name_fr, locals.locale) },
		communities: served.map((row) => ({
			csduid: row.csduid,
			name: localName(row.name, row.name_fr, locals.locale),
			population: row.population,
			level: levels.get(row.csduid)?.level ?? null,
			project_p: levels.get(row.csduid)?.project_p_recommended ?? false
		})),
		coverage:
			current && choice.ok
				? { period: current.period, periods: choice.periods, subject: current.subject.service, baselines: current.baselines }
				: null,
		trends: toTrendSeries(history, (subject) => subject.service.metrics),
		projectP: {
			mayFile: mayFile(locals.user, service.id),
			visible: mayReadRequests(locals.user),
			requests: await requestHistory(db, locals.user, { police_service_id: service.id })
		}
	};
};
