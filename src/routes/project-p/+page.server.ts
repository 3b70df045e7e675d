import type { PageServerLoad } from './$types';
import { pageText } from '$lib/i18n/messages';
import { mayFileAny } from '$lib/domain/project-p/permissions';
import { ESCALATE_AFTER_DAYS } from '$lib/domain/project-p/ranking';
import { getDb } from '$lib/server/database';
import { requestBoard } from '$lib/server/project-p/board';
import { can } from '$lib/server/policy';

export const load: PageServerLoad = async ({ locals }) => {
	const role = locals.user?.role ?? null;
	const intro: 'project_p' | 'chief' | 'opp_region' | 'planner' = role === 'chief' || role === 'planner' || role === 'opp_region' ? role : 'project_p';
	return {
		text: pageText(locals.locale, ['map', 'projectP']),
		board: await requestBoard(await getDb(), locals.user, locals.locale, new Date()),
		intro,
		canFile: mayFileAny(locals.user),
		canSeeRoster: can(locals.user, '/project-p/roster'),
		escalation: ESCALATE_AFTER_DAYS
	};
};
