import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { pageText } from '$lib/i18n/messages';
import { maySee } from '$lib/domain/project-p/permissions';
import { checkTransitionInput } from '$lib/domain/project-p/transition-input';
import { fieldError, parseRequestId, renameField, type FieldError, type RequestStatus } from '$lib/domain/project-p/vocabulary';
import { getDb } from '$lib/server/database';
import { changeStatus } from '$lib/server/project-p/change-status';
import * as requests from '$lib/server/project-p/requests';
import { requestView } from '$lib/server/services/project-p-request';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	if (!locals.user) error(401, 'Not signed in');
	const id = parseRequestId(params.id);
	const db = await getDb();
	const row = id === null ? undefined : await requests.find(db, id);
	// A request the reader may not see is "not found", so ids reveal nothing (domain/project-p/permissions.ts).
	if (!row || !maySee(locals.user, row)) error(404, 'Request not found');
	const view = await requestView(db, row, locals.user, url.searchParams.get('period'), locals.locale, new Date());
	return { ...view, text: pageText(locals.locale, ['map', 'projectP']), filed: url.searchParams.has('filed'), done: url.searchParams.get('done') };
};

interface Move {
	body: Record<string, unknown>;
	/** What was typed, shown again after a refusal. */
	typed?: Record<string, string>;
	/** Gives API field names the form's input names. */
	rename?: (error: FieldError) => FieldError;
}

/** Runs one move; a refusal comes back to the form with the fields at fault, a success reloads the page (POST/redirect/GET). */
async function move(event: RequestEvent, { body, typed = {}, rename = (e) => e }: Move) {
	const { params, locals, getClientAddress } = event;
	if (!locals.user) error(401, 'Not signed in');
	const id = parseRequestId(params.id);
	if (id === null) error(404, 'Request not found');
	const checked = checkTransitionInput(body);
	if (!checked.ok) return fail(400, { errors: checked.errors.map(rename), typed });
	const changed = await changeStatus(await getDb(), id, checked.value, { actor: locals.user, client_address: getClientAddress(), now: new Date() });
	if (!changed.ok) {
		if (changed.status === 404) error(404, 'Request not found');
		return fail(changed.status, { errors: changed.errors.map(rename), typed });
	}
	redirect(303, `/project-p/requests/${id}?done=${changed.value.status}`);
}

const simple = (status: RequestStatus) => (event: RequestEvent) => move(event, { body: { status } });

export const actions: Actions = {
	triage: simple('triaged'),
	start: simple('active'),
	close: simple('closed'),
	decline: async (event) => {
		const reason = String((await event.request.formData()).get('reason') ?? '');
		return move(event, { body: { status: 'declined', reason }, typed: { reason } });
	},
	assign: async (event) => {
		const form = await event.request.formData();
		// One input per member, `fte.<member id>`, in FTE-weeks (the unit of the ask); blank ones are not assigned.
		const assignments = [...form.entries()]
			.filter(([key, value]) => key.startsWith('fte.') && String(value).trim() !== '')
			.map(([key, value]) => ({ member_id: key.slice(4), fte_weeks: String(value) }));
		const typed = Object.fromEntries(assignments.map((a) => [`fte.${a.member_id}`, a.fte_weeks]));
		if (assignments.length === 0) {
			return fail(400, { errors: [fieldError('assignments', 'give FTE-weeks for at least one member.', 'indiquez des semaines-ETP pour au moins un membre.')], typed });
		}
		const rename = (e: FieldError) => {
			const index = /^assignments\[(\d+)\]/.exec(e.field)?.[1];
			const member = index === undefined ? undefined : assignments[Number(index)];
			return member ? renameField(e, `fte.${member.member_id}`) : e;
		};
		return move(event, { body: { status: 'assigned', assignments, period: String(form.get('period') ?? '') }, typed, rename });
	}
};
