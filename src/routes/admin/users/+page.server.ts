import { error, fail, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { pageText } from '$lib/i18n/messages';
import { getDb } from '$lib/server/database';
import * as users from '$lib/server/queries/users';
import * as services from '$lib/server/queries/services';
import * as accounts from '$lib/server/auth/accounts';
import * as tokens from '$lib/server/auth/tokens';
import type { ChangeContext } from '$lib/server/change-context';
import { parseAccountRef, parseNewAccount, parsePasswordReset, parseRoleChange, type Parsed } from '$lib/server/auth/account-input';
import { formatUtcMinute as utcMinute } from '$lib/format';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '$lib/server/auth/passwords';
import { localName } from '$lib/domain/names';
import type { Messages } from '$lib/i18n/messages';

type ErrorKey = keyof Messages['auth']['admin']['errors'];
type DoneKey = 'created' | 'updated' | 'passwordReset' | 'disabledDone' | 'enabledDone';

/** Every action answers with this one shape, so the page reads it without narrowing. */
interface Outcome {
	action: 'create' | 'update' | 'resetPassword' | 'disable' | 'enable';
	id: number | null;
	done: DoneKey | null;
	username: string | null;
	errors: Partial<Record<string, ErrorKey>>;
	values: Record<string, string>;
}

export const load: PageServerLoad = async ({ locals }) => {
	const db = await getDb();
	const [rows, serviceRows, tokenRows] = await Promise.all([users.list(db), services.list(db), tokens.listAll(db)]);
	const usernames = new Map(rows.map((row) => [row.id, row.username]));
	return {
		text: pageText(locals.locale, ['map']),
		currentUserId: locals.user?.id ?? null,
		passwordLimits: { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH },
		users: rows.map((row) => ({
			id: row.id,
			username: row.username,
			display_name: row.display_name,
			role: row.role,
			police_service_id: row.police_service_id,
			opp_region: row.opp_region,
			disabled: row.disabled,
			failed_login_count: row.failed_login_count,
			last_login_utc: utcMinute(row.last_login_at)
		})),
		// Every account's API tokens, so an administrator sees what can still reach the API.
		tokens: tokenRows.map((row) => ({
			id: row.id,
			username: usernames.get(row.user_id) ?? String(row.user_id),
			name: row.name,
			token_prefix: row.token_prefix,
			scopes: row.scopes,
			created_utc: utcMinute(row.created_at),
			last_used_utc: utcMinute(row.last_used_at),
			expires_utc: utcMinute(row.expires_at),
			revoked_utc: utcMinute(row.revoked_at)
		})),
		services: serviceRows
			.map((row) => ({ id: row.id, name: localName(row.name, row.name_fr, locals.locale) }))
			.sort((a, b) => a.name.localeCompare(b.name, locals.locale))
	};
};

function changeContext(event: RequestEvent): ChangeContext {
	// The policy admits only admins here; this guard keeps the type honest.
	if (!event.locals.user) error(401, 'Not signed in');
	return { actor: event.locals.user, now: new Date(), client_address: event.getClientAddress() };
}

function outcome(action: Outcome['action'], fields: Partial<Omit<Outcome, 'action'>>): Outcome {
	return { action, id: null, done: null, username: null, errors: {}, values: {}, ...fields };
}

const ERROR_FIELD: Record<accounts.AccountError, string> = {
	usernameTaken: 'username',
	serviceUnknown: 'police_service_id',
	self: 'form',
	notFound: 'form'
};

/** Runs one account change: parse the form, apply it, answer with an Outcome. */
async function run<T>(
	event: RequestEvent,
	action: Outcome['action'],
	parse: (form: FormData) => Parsed<T>,
	apply: (db: Awaited<ReturnType<typeof getDb>>, input: T, context: ChangeContext) => Promise<accounts.AccountResult>,
	done: DoneKey
) {
	const form = await event.request.formData();
	const values = Object.fromEntries(['username', 'display_name', 'role', 'police_service_id'].map((k) => [k, String(form.get(k) ?? '')]));
	const id = Number(form.get('id')) || null;
	const parsed = parse(form);
	if (!parsed.ok) return fail(400, outcome(action, { id, errors: parsed.errors, values }));
	const result = await apply(await getDb(), parsed.value, changeContext(event));
	if (!result.ok) {
		const status = result.error === 'usernameTaken' ? 409 : result.error === 'notFound' ? 404 : 400;
		return fail(status, outcome(action, { id, errors: { [ERROR_FIELD[result.error]]: result.error }, values }));
	}
	return outcome(action, { id: result.user.id, done, username: result.user.username });
}

export const actions: Actions = {
	create: (event) => run(event, 'create', parseNewAccount, accounts.create, 'created'),
	update: (event) => run(event, 'update', parseRoleChange, accounts.changeRole, 'updated'),
	resetPassword: (event) => run(event, 'resetPassword', parsePasswordReset, accounts.resetPassword, 'passwordReset'),
	disable: (event) =>
		run(event, 'disable', parseAccountRef, (db, input, context) => accounts.setDisabled(db, { ...input, disabled: true }, context), 'disabledDone'),
	enable: (event) =>
		run(event, 'enable', parseAccountRef, (db, input, context) => accounts.setDisabled(db, { ...input, disabled: false }, context), 'enabledDone')
};
