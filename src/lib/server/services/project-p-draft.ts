/**
 * What the draft page shows before the form: the community chosen (with its coverage flag and the
 * draft pre-filled from it), or the communities to choose from — a police service's flagged ones
 * (from a service page's link), those matching a search, and the reader's most urgent flagged ones.
 */
import { error } from '@sveltejs/kit';
import { levelRank, type CommunityCoverageView } from '$lib/domain/coverage';
import { shownReasons } from '$lib/domain/coverage/shown-reason';
import { draftFromFlag } from '$lib/domain/project-p/draft';
import { OPP_SUPPORT_KINDS, regionalUnitOf } from '$lib/domain/project-p/opp-region';
import { mayFile } from '$lib/domain/project-p/permissions';
import type { AuthUser } from '$lib/server/auth/user';
import type { AtlasDb } from '$lib/server/db/client';
import { latestFlags, type CommunityFlag } from '$lib/server/project-p/coverage-flag';
import * as communities from '$lib/server/queries/communities';
import * as services from '$lib/server/queries/services';
import type { Clearance } from '$lib/domain/coverage';
import type { Locale } from '$lib/i18n/locale';
import { flagDescriber } from '$lib/i18n/flag-draft';
import { messages } from '$lib/i18n/messages';
import { localName, serviceName } from '$lib/domain/names';
import type { CommunityChoice, DraftStep } from '$lib/domain/project-p/draft-step';

const MAX_CHOICES = 25;

function choice(row: communities.CommunityListRow, flag: CommunityFlag | undefined, locale: Locale): CommunityChoice {
	return {
		csduid: row.csduid,
		name: localName(row.name, row.name_fr, locale),
		service_name: serviceName(row.police_service_name, row.police_service_name_fr, locale),
		level: flag?.level ?? null,
		recommended: flag?.recommended ?? false
	};
}

/** Worst level first, then more children: the coverage engine's order (domain/coverage/project-p.ts). */
const byUrgency = (a: CommunityCoverageView, b: CommunityCoverageView) =>
	levelRank(b.level) - levelRank(a.level) || (b.children ?? -1) - (a.children ?? -1) || a.csduid.localeCompare(b.csduid);

export async function draftStep(db: AtlasDb, user: AuthUser, params: URLSearchParams, cleared: Clearance, locale: Locale): Promise<DraftStep> {
	const csduid = params.get('csduid');
	const flags = await latestFlags(db, cleared);
	const unit = regionalUnitOf(user);
	if (csduid) {
		const community = await communities.find(db, csduid);
		if (!community) error(404, `Community ${csduid.slice(0, 10)} not found`);
		const flag = flags.get(csduid);
		return {
			step: 'form',
			community: {
				csduid,
				name: localName(community.name, community.name_fr, locale),
				service_name: serviceName(community.police_service_name, community.police_service_name_fr, locale),
				opp_region: community.opp_region
			},
			allowed: mayFile(user, community.police_service_id, flag?.community.responder_id ?? null),
			flag: flag ? { period: flag.period, level: flag.level, recommended: flag.recommended, reasons: shownReasons(flag.community.reasons, locale) } : null,
			draft: withOppKind(unit, flag ? draftFromFlag(flag, flagDescriber(messages(locale), locale)) : { kind: 'investigation_support', urgency: 'routine', description: '' })
		};
	}
	if (unit !== null) {
		// An OPP regional team chooses among the communities it answers for (own and assisted).
		const answered = [...flags.values()].filter((flag) => flag.community.responder_id === unit).map((flag) => flag.community);
		const rows = new Map((await communities.list(db, {})).map((row) => [row.csduid, row]));
		const query = (params.get('q') ?? '').trim().slice(0, 100).toLocaleLowerCase();
		const listed = answered
			.sort(byUrgency)
			.flatMap((community) => {
				const row = rows.get(community.csduid);
				return row ? [choice(row, flags.get(community.csduid), locale)] : [];
			});
		return {
			step: 'choose',
			service: null,
			query,
			matches: query ? listed.filter((c) => c.name.toLocaleLowerCase().includes(query)).slice(0, MAX_CHOICES) : null,
			flagged: listed.filter((c) => c.recommended || c.level === 'critical' || c.level === 'gap').slice(0, MAX_CHOICES)
		};
	}
	// A chief files for their own service only (another service's link shows their own list); a coordinator for any.
	const asked = params.get('service');
	const serviceId = user.role === 'chief' && asked !== null ? user.police_service_id : asked;
	const service = serviceId ? await services.find(db, serviceId) : undefined;
	if (serviceId && !service) error(404, `Police service ${serviceId.slice(0, 64)} not found`);
	const scopeId = user.role === 'chief' ? (user.police_service_id ?? '') : service?.id;
	const query = (params.get('q') ?? '').trim().slice(0, 100);
	const rows = await communities.list(db, scopeId ? { policeServiceId: scopeId } : {});
	const byId = new Map(rows.map((row) => [row.csduid, row]));
	const flagged = [...flags.values()]
		.filter((flag) => flag.recommended && byId.has(flag.community.csduid))
		.map((flag) => flag.community)
		.sort(byUrgency)
		// One service's flagged communities in full; province-wide, the most urgent ones.
		.slice(0, scopeId ? undefined : MAX_CHOICES)
		.flatMap((community) => {
			const row = byId.get(community.csduid);
			return row ? [choice(row, flags.get(community.csduid), locale)] : [];
		});
	const matches = query ? (await communities.list(db, { query, ...(scopeId ? { policeServiceId: scopeId } : {}) })).slice(0, MAX_CHOICES) : null;
	return {
		step: 'choose',
		service: service ? { id: service.id, name: serviceName(service.name, service.name_fr, locale) } : null,
		query,
		matches: matches ? matches.map((row) => choice(row, flags.get(row.csduid), locale)) : null,
		flagged
	};
}

/** An OPP regional team asks for surge help or resources, not for the kinds a service asks of Project P. */
function withOppKind<T extends { kind: string }>(unit: string | null, draft: T): T {
	return unit !== null && !OPP_SUPPORT_KINDS.includes(draft.kind as never) ? { ...draft, kind: 'surge_support' } : draft;
}
