/**
 * ILLUSTRATIVE open Project P requests for the demo accounts (README "Demo accounts"), so every role has
 * something to try on a fresh demo: the coordinator a queue, the chiefs and the OPP regional command a
 * request of their own, planners the OPP's open support requests beside the allocation. Each is filed
 * through the same workflow as any request (history, audit) and marked `illustrative`.
 *
 * Idempotent: a demo account that already filed an illustrative request files no other, and an account
 * that does not exist (an external database without demo accounts) or is disabled files nothing.
 */
import { levelRank, NOBODY_CLEARED, type CommunityCoverageView } from '../../domain/coverage';
import type { NewRequestInput } from '../../domain/project-p/request-input';
import { regionalUnitOf } from '../../domain/project-p/opp-region';
import { toAuthUser } from '../auth/user';
import type { AtlasDb } from '../db/client';
import { latestFlags } from '../project-p/coverage-flag';
import { fileRequest } from '../project-p/file-request';
import * as users from '../queries/users';

interface DemoRequest {
	username: string;
	/** Which community: the worst-off one this account may file for. */
	pick: (community: CommunityCoverageView, user: users.UserRow) => boolean;
	request: Omit<NewRequestInput, 'csduid'>;
}

const NOTE = 'Illustrative demonstration request, not a real need.';

export const DEMO_REQUESTS: readonly DemoRequest[] = [
	{
		username: 'chief-naps',
		pick: (community) => community.police_service_id === 'naps',
		request: { kind: 'investigation_support', urgency: 'high', expected_fte_weeks: 13, description: `${NOTE} Detectives to help with referrals the service has no unit to take.` }
	},
	{
		username: 'opp-northwest',
		pick: (community, user) => community.responder_id === regionalUnitOf(user),
		request: { kind: 'surge_support', urgency: 'high', expected_fte_weeks: 26, description: `${NOTE} Surge help for the North West team while its load is above the thresholds.` }
	},
	{
		username: 'chief-toronto',
		pick: (community) => community.police_service_id === 'toronto',
		request: { kind: 'forensic_examination', urgency: 'routine', expected_fte_weeks: 6.5, description: `${NOTE} Help clearing the forensic examination queue.` }
	}
];

const worstFirst = (a: CommunityCoverageView, b: CommunityCoverageView) =>
	levelRank(b.level) - levelRank(a.level) || (b.children ?? -1) - (a.children ?? -1) || a.csduid.localeCompare(b.csduid);

/** Files the missing demo requests; returns the usernames that filed one. */
export async function ensureDemoRequests(db: AtlasDb, now: Date = new Date()): Promise<string[]> {
	const already = new Set(
		(
			await db
				.selectFrom('project_p_request')
				.select('filed_by')
				.where('illustrative', '=', true)
				.where('filed_by', 'in', DEMO_REQUESTS.map((d) => d.username))
				.execute()
		).map((row) => row.filed_by)
	);
	const pending = DEMO_REQUESTS.filter((demo) => !already.has(demo.username));
	if (pending.length === 0) return [];
	const flags = [...(await latestFlags(db, NOBODY_CLEARED)).values()].map((flag) => flag.community).sort(worstFirst);
	const filed: string[] = [];
	for (const demo of pending) {
		const user = await users.findByUsername(db, demo.username);
		if (!user || user.disabled) continue;
		const community = flags.find((candidate) => demo.pick(candidate, user));
		if (!community) continue;
		const actor = toAuthUser(user, { kind: 'session', session_hash: 'seed' });
		const outcome = await fileRequest(db, { csduid: community.csduid, ...demo.request }, { actor, client_address: null, now }, { illustrative: true });
		if (!outcome.ok) throw new Error(`demo request for ${demo.username} refused: ${JSON.stringify(outcome)}`);
		filed.push(demo.username);
	}
	return filed;
}
