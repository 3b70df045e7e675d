import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { pageText } from '$lib/i18n/messages';
import { checkNewRequest, NEW_REQUEST_FIELDS } from '$lib/domain/project-p/request-input';
import { getDb } from '$lib/server/database';
import { fileRequest } from '$lib/server/project-p/file-request';
import { viewerClearance } from '$lib/server/viewer';
import { draftStep } from '$lib/server/services/project-p-draft';

export const load: PageServerLoad = async ({ url, locals }) => {
	// The policy admits chiefs and coordinators only; this guard keeps the type honest.
	if (!locals.user) error(401, 'Not signed in');
	const step = await draftStep(await getDb(), locals.user, url.searchParams, await viewerClearance(locals), locals.locale);
	return { ...step, text: pageText(locals.locale, ['coverage', 'map', 'projectP']) };
};

export const actions: Actions = {
	default: async ({ request, locals, getClientAddress }) => {
		if (!locals.user) error(401, 'Not signed in');
		const form = await request.formData();
		const text = (name: (typeof NEW_REQUEST_FIELDS)[number]) => String(form.get(name) ?? '');
		const typed = { csduid: text('csduid'), kind: text('kind'), urgency: text('urgency'), expected_fte_weeks: text('expected_fte_weeks'), description: text('description') };
		const checked = checkNewRequest(typed);
		if (!checked.ok) return fail(400, { typed, errors: checked.errors });
		const filed = await fileRequest(await getDb(), checked.value, { actor: locals.user, client_address: getClientAddress(), now: new Date() });
		if (!filed.ok) return fail(filed.status, { typed, errors: filed.errors });
		redirect(303, `/project-p/requests/${filed.value.id}?filed=1`);
	}
};
