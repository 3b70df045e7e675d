import type { LayoutServerLoad } from './$types';
import { pageText } from '$lib/i18n/messages';
import { LAYOUT_SECTIONS } from '$lib/i18n/sections';
import { getDb } from '$lib/server/database';
import * as datasets from '$lib/server/queries/datasets';
import { ontarioDate, staleData } from '$lib/domain/data-age';
import { latestPeriodWithData } from '$lib/server/api/period-fields';
import { navFor } from '$lib/server/site-nav';

export const load: LayoutServerLoad = async ({ locals }) => {
	const db = await getDb();
	return {
		locale: locals.locale,
		// In the page data, so the words are there the moment the page comes alive: a dictionary fetched
		// afterwards held hydration back, and what a reader typed into a form meanwhile was wiped by it.
		// Only the sections every page shows; each page's load adds its own as `text` (i18n/context.ts).
		t: pageText(locals.locale, LAYOUT_SECTIONS),
		illustrative: await datasets.anyIllustrative(db),
		// Today from the server clock at request time, so a long-running server still notices old data.
		staleData: staleData(await latestPeriodWithData(db), ontarioDate(new Date())),
		// The links this reader may open, decided by the policy (server/policy.ts), not by the header.
		nav: navFor(locals.user, locals.locale),
		user: locals.user ? { username: locals.user.username, display_name: locals.user.display_name, role: locals.user.role } : null
	};
};
