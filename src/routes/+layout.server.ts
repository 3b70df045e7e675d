import type { LayoutServerLoad } from './$types';
import { messages } from '$lib/i18n/messages';
import { getDb } from '$lib/server/database';
import * as datasets from '$lib/server/queries/datasets';

export const load: LayoutServerLoad = async ({ locals }) => {
	const db = await getDb();
	return {
		locale: locals.locale,
		t: messages(locals.locale),
		illustrative: await datasets.anyIllustrative(db),
		user: locals.user ? { username: locals.user.username, display_name: locals.user.display_name, role: locals.user.role } : null
	};
};
