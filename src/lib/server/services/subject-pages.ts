/**
 * The community and police service pages: the subject, its coverage in the quarter asked for (from
 * the same quarterly history its trends are drawn from, so the two never disagree), its trends, and
 * its Project P requests as this reader may see them. Unknown subjects and quarters without data come
 * back as outcomes; the route turns them into a 404 or a 400 naming the parameter.
 */
import { localName, serviceName } from '$lib/domain/names';
import { mayFile, mayReadRequests } from '$lib/domain/project-p/permissions';
import type { AuthUser } from '$lib/server/auth/user';
import { choosePeriod } from '$lib/server/coverage';
import { communityHistory, serviceHistory, toTrendSeries } from '$lib/server/coverage-series';
import { getDb } from '$lib/server/database';
import { requestHistory } from '$lib/server/project-p/history';
import * as communities from '$lib/server/queries/communities';
import * as services from '$lib/server/queries/services';
import { viewerClearance } from '$lib/server/viewer';

export interface SubjectRequest {
	locals: App.Locals;
	/** The `period` parameter as given; null: the latest quarter with data. */
	period: string | null;
}

type Outcome<Page> = { status: 'ok'; page: Page } | { status: 'not_found' } | { status: 'bad_period'; message: string };

function projectP(user: AuthUser | null, serviceId: string) {
	return { mayFile: mayFile(user, serviceId), visible: mayReadRequests(user) };
}

export async function communityPage(csduid: string, { locals, period }: SubjectRequest) {
	const db = await getDb();
	const community = await communities.find(db, csduid);
	if (!community) return { status: 'not_found' } as const;
	const [choice, history] = await Promise.all([choosePeriod(db, period), communityHistory(db, csduid, await viewerClearance(locals))]);
	const current = choice.ok ? history.find((snapshot) => snapshot.period === choice.period) : undefined;
	// No ICE data at all is not the reader's error: the page shows the community without coverage.
	if (!choice.ok && period) return { status: 'bad_period', message: choice.message } as const;
	const base = current ? await communities.find(db, current.subject.base_csduid) : undefined;
	const page = {
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
		projectP: { ...projectP(locals.user, community.police_service_id), requests: await requestHistory(db, locals.user, { csduid: community.csduid }) }
	};
	return { status: 'ok', page } satisfies Outcome<typeof page>;
}

export async function servicePage(id: string, { locals, period }: SubjectRequest) {
	const db = await getDb();
	const [service, served] = await Promise.all([services.find(db, id), communities.list(db, { policeServiceId: id })]);
	if (!service) return { status: 'not_found' } as const;
	const [choice, history] = await Promise.all([choosePeriod(db, period), serviceHistory(db, id, await viewerClearance(locals))]);
	const current = choice.ok ? history.find((snapshot) => snapshot.period === choice.period) : undefined;
	// No ICE data at all is not the reader's error: the page shows the service without coverage.
	if (!choice.ok && period) return { status: 'bad_period', message: choice.message } as const;
	const levels = new Map(current?.subject.communities.map((row) => [row.csduid, row]));
	const page = {
		service: { ...service, display_name: serviceName(service.name, service.name_fr, locals.locale) },
		communities: served.map((row) => ({
			csduid: row.csduid,
			name: localName(row.name, row.name_fr, locals.locale),
			population: row.population,
			level: levels.get(row.csduid)?.level ?? null,
			project_p: levels.get(row.csduid)?.project_p_recommended ?? false
		})),
		coverage: current && choice.ok ? { period: current.period, periods: choice.periods, subject: current.subject.service, baselines: current.baselines } : null,
		trends: toTrendSeries(history, (subject) => subject.service.metrics),
		projectP: { ...projectP(locals.user, service.id), requests: await requestHistory(db, locals.user, { police_service_id: service.id }) }
	};
	return { status: 'ok', page } satisfies Outcome<typeof page>;
}
