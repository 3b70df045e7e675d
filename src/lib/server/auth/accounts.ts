/**
 * What an admin does to accounts: create, change role, reset password, disable and enable. Each
 * change runs in one transaction with its audit entry; a password reset, a role change and
 * disabling end every session and revoke every API token of that user (ASVS 4.0 V3.3.3, V2.5.x:
 * credentials changed by an administrator take effect at once). An admin cannot lock themselves out.
 */
import type { AtlasDb } from '../db/client';
import * as audit from '../audit';
import * as users from '../queries/users';
import type { NewAccountInput, RoleChangeInput } from './account-input';
import { hashPassword } from './passwords';
import * as sessions from './sessions';
import * as tokens from './tokens';
import type { ChangeContext } from '../change-context';

/** Accounts are changed by an admin, from an address, at a time (re-exported for the accounts page). */

export type AccountError = 'usernameTaken' | 'serviceUnknown' | 'self' | 'notFound';
export type AccountResult = { ok: true; user: users.UserRow } | { ok: false; error: AccountError };

function entry(context: ChangeContext, action: string, row: users.UserRow) {
	return {
		actor: audit.actorOf(context.actor),
		action,
		entity_type: 'user',
		entity_id: row.id,
		client_address: context.client_address,
		at: context.now
	};
}

async function serviceExists(db: AtlasDb, id: string | null): Promise<boolean> {
	if (id === null) return true;
	return (await db.selectFrom('police_service').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function create(db: AtlasDb, input: NewAccountInput, context: ChangeContext): Promise<AccountResult> {
	if (!(await serviceExists(db, input.police_service_id))) return { ok: false, error: 'serviceUnknown' };
	const { password, ...account } = input;
	const password_hash = await hashPassword(password);
	return db.transaction().execute(async (trx) => {
		const row = await users.insertIfAbsent(trx, { ...account, password_hash });
		if (!row) return { ok: false as const, error: 'usernameTaken' as const };
		await audit.record(trx, { ...entry(context, 'user.create', row), after: users.auditView(row) });
		return { ok: true as const, user: row };
	});
}

export async function changeRole(db: AtlasDb, input: RoleChangeInput, context: ChangeContext): Promise<AccountResult> {
	if (input.id === context.actor.id) return { ok: false, error: 'self' };
	if (!(await serviceExists(db, input.police_service_id))) return { ok: false, error: 'serviceUnknown' };
	return db.transaction().execute(async (trx) => {
		const before = await users.find(trx, input.id);
		if (!before) return { ok: false as const, error: 'notFound' as const };
		const after = await users.update(trx, input.id, { role: input.role, police_service_id: input.police_service_id, opp_region: input.opp_region ?? null }, context.now);
		if (!after) return { ok: false as const, error: 'notFound' as const };
		await sessions.revokeAllFor(trx, input.id, context.now);
		const tokensRevoked = await tokens.revokeAllFor(trx, input.id, context.now);
		await audit.record(trx, {
			...entry(context, 'user.update', after),
			before: users.auditView(before),
			after: { ...users.auditView(after), tokens_revoked: tokensRevoked }
		});
		return { ok: true as const, user: after };
	});
}

export async function resetPassword(db: AtlasDb, input: { id: number; password: string }, context: ChangeContext): Promise<AccountResult> {
	const password_hash = await hashPassword(input.password);
	return db.transaction().execute(async (trx) => {
		const before = await users.find(trx, input.id);
		if (!before) return { ok: false as const, error: 'notFound' as const };
		const after = await users.update(trx, input.id, { password_hash, password_changed_at: context.now }, context.now);
		if (!after) return { ok: false as const, error: 'notFound' as const };
		const ended = await sessions.revokeAllFor(trx, input.id, context.now);
		const tokensRevoked = await tokens.revokeAllFor(trx, input.id, context.now);
		await audit.record(trx, {
			...entry(context, 'user.password_reset', after),
			before: { password_changed_at: before.password_changed_at.toISOString() },
			after: { password_changed_at: after.password_changed_at.toISOString(), sessions_ended: ended, tokens_revoked: tokensRevoked }
		});
		return { ok: true as const, user: after };
	});
}

export async function setDisabled(db: AtlasDb, input: { id: number; disabled: boolean }, context: ChangeContext): Promise<AccountResult> {
	if (input.disabled && input.id === context.actor.id) return { ok: false, error: 'self' };
	return db.transaction().execute(async (trx) => {
		const before = await users.find(trx, input.id);
		if (!before) return { ok: false as const, error: 'notFound' as const };
		const after = await users.update(trx, input.id, { disabled: input.disabled }, context.now);
		if (!after) return { ok: false as const, error: 'notFound' as const };
		const tokensRevoked = input.disabled ? await tokens.revokeAllFor(trx, input.id, context.now) : 0;
		if (input.disabled) await sessions.revokeAllFor(trx, input.id, context.now);
		const action = input.disabled ? 'user.disable' : 'user.enable';
		const afterView = input.disabled ? { ...users.auditView(after), tokens_revoked: tokensRevoked } : users.auditView(after);
		await audit.record(trx, { ...entry(context, action, after), before: users.auditView(before), after: afterView });
		return { ok: true as const, user: after };
	});
}
