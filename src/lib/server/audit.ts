/**
 * The audit log: who changed what, when, with the state before and after (issue "Accounts, roles
 * and security"; OWASP ASVS 4.0 V7.1–V7.2, logging of security-relevant events).
 *
 * `record` takes a Transaction, not the pool: an entry is written in the same transaction as the
 * change it describes, so a rolled-back change leaves no entry and a committed one always has one.
 * The table rejects UPDATE and DELETE (migration 2026_11_29_0002_accounts).
 */
import type { Transaction } from 'kysely';
import type { Database, JsonValue } from './db/schema';

/** Who acted: a user (id and username at the time), or a named non-user. */
export interface AuditActor {
	id: number | null;
	username: string;
}

export const SYSTEM_ACTOR: AuditActor = { id: null, username: 'system' };
export const ANONYMOUS_ACTOR: AuditActor = { id: null, username: 'anonymous' };

export interface AuditEntry {
	actor: AuditActor;
	/** `<entity>.<verb>`, e.g. `user.create`, `session.login`, `setting.update`. */
	action: string;
	entity_type: string;
	entity_id?: string | number | null;
	/** State before the change (null for a creation). Never put secrets or password hashes here. */
	before?: JsonValue | null;
	/** State after the change (null for a deletion). */
	after?: JsonValue | null;
	client_address?: string | null;
	/** Defaults to the database's clock. */
	at?: Date;
}

/** The actor for a signed-in user, or `anonymous`. */
export function actorOf(user: { id: number; username: string } | null): AuditActor {
	return user ? { id: user.id, username: user.username } : ANONYMOUS_ACTOR;
}

export async function record(trx: Transaction<Database>, entry: AuditEntry): Promise<void> {
	await trx
		.insertInto('audit_log')
		.values({
			at: entry.at,
			actor_user_id: entry.actor.id,
			actor: entry.actor.username,
			action: entry.action,
			entity_type: entry.entity_type,
			entity_id: entry.entity_id === undefined || entry.entity_id === null ? null : String(entry.entity_id),
			// Serialised here: pg would turn a top-level array into a PostgreSQL array literal.
			before: entry.before === undefined || entry.before === null ? null : JSON.stringify(entry.before),
			after: entry.after === undefined || entry.after === null ? null : JSON.stringify(entry.after),
			client_address: entry.client_address ?? null
		})
		.execute();
}
