import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { pageText } from '$lib/i18n/messages';
import { getDb } from '$lib/server/database';
import { changeThresholds, thresholdsPage, type FieldErrors } from '$lib/server/services/thresholds';

export const load: PageServerLoad = async ({ locals }) => ({ ...(await thresholdsPage(await getDb())), text: pageText(locals.locale, ['coverage']) });

export const actions: Actions = {
	default: async ({ request, locals, getClientAddress }) => {
		// The policy admits planners only; this guard keeps the type honest.
		if (!locals.user) error(401, 'Not signed in');
		const context = { actor: locals.user, client_address: getClientAddress(), now: new Date() };
		const result = await changeThresholds(await getDb(), await request.formData(), locals.locale, context);
		if (!result.ok) return fail(400, { saved: false, typed: result.typed, errors: result.errors });
		return { saved: true, typed: null, errors: {} as FieldErrors };
	}
};
