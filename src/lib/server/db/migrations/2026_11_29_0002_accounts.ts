import { sql, type Kysely } from 'kysely';

/**
 * Accounts, sessions, API tokens, login throttling and the audit log (issue "Accounts, roles and
 * security"). Secrets are never stored: passwords as Argon2id PHC strings, session ids and API
 * tokens as SHA-256 hex digests (OWASP Session Management and Password Storage Cheat Sheets).
 * The audit log is append-only: a trigger rejects UPDATE, DELETE and TRUNCATE for every role,
 * superusers included (a grant could not stop the embedded database's superuser).
 * SQL stays compatible with PostgreSQL 15.
 */
// Kysely migrations are typed against Kysely<any> on purpose: they must not depend on today's schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('users')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
		// Stored lowercase; the pattern keeps usernames readable in URLs and audit entries.
		.addColumn('username', 'text', (c) => c.notNull().unique().check(sql`username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'`))
		.addColumn('display_name', 'text', (c) => c.notNull().check(sql`char_length(display_name) between 1 and 100`))
		.addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('planner', 'chief', 'project_p', 'viewer', 'admin')`))
		.addColumn('police_service_id', 'text', (c) => c.references('police_service.id'))
		.addColumn('password_hash', 'text', (c) => c.notNull())
		.addColumn('disabled', 'boolean', (c) => c.notNull().defaultTo(false))
		// Consecutive failed sign-ins since the last success, for the admin page; lockout itself is
		// decided from login_attempts so that unknown usernames are throttled the same way.
		.addColumn('failed_login_count', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('last_failed_login_at', 'timestamptz')
		.addColumn('last_login_at', 'timestamptz')
		.addColumn('password_changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		// A chief is bound to exactly one police service; no other role is.
		.addCheckConstraint('users_chief_service', sql`(role = 'chief') = (police_service_id is not null)`)
		.execute();

	await db.schema
		.createTable('sessions')
		.addColumn('id_hash', 'text', (c) => c.primaryKey().check(sql`id_hash ~ '^[0-9a-f]{64}$'`))
		.addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull())
		.addColumn('last_seen_at', 'timestamptz', (c) => c.notNull())
		.addColumn('expires_at', 'timestamptz', (c) => c.notNull())
		.addColumn('revoked_at', 'timestamptz')
		.execute();
	await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

	await db.schema
		.createTable('api_tokens')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
		.addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('name', 'text', (c) => c.notNull().check(sql`char_length(name) between 1 and 100`))
		.addColumn('token_hash', 'text', (c) => c.notNull().unique().check(sql`token_hash ~ '^[0-9a-f]{64}$'`))
		// The first characters of the token, so a user can tell tokens apart without the secret.
		.addColumn('token_prefix', 'text', (c) => c.notNull())
		.addColumn('scopes', sql`text[]`, (c) =>
			c.notNull().check(sql`cardinality(scopes) > 0 and scopes <@ array['read', 'write']::text[]`)
		)
		.addColumn('created_at', 'timestamptz', (c) => c.notNull())
		.addColumn('expires_at', 'timestamptz')
		.addColumn('last_used_at', 'timestamptz')
		.addColumn('revoked_at', 'timestamptz')
		.execute();
	await db.schema.createIndex('api_tokens_user_idx').on('api_tokens').column('user_id').execute();

	await db.schema
		.createTable('login_attempts')
		.addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
		.addColumn('at', 'timestamptz', (c) => c.notNull())
		// The username as typed (normalised), whether or not such an account exists.
		.addColumn('username', 'text', (c) => c.notNull())
		.addColumn('client_address', 'text', (c) => c.notNull())
		.addColumn('succeeded', 'boolean', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('login_attempts_username_idx').on('login_attempts').columns(['username', 'at']).execute();
	await db.schema.createIndex('login_attempts_address_idx').on('login_attempts').columns(['client_address', 'at']).execute();

	await db.schema
		.createTable('audit_log')
		.addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
		.addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		// No ON DELETE action: an account that acted is disabled, never deleted.
		.addColumn('actor_user_id', 'integer', (c) => c.references('users.id'))
		// The actor's username at the time ('system' for startup tasks, 'anonymous' before sign-in).
		.addColumn('actor', 'text', (c) => c.notNull())
		.addColumn('action', 'text', (c) => c.notNull())
		.addColumn('entity_type', 'text', (c) => c.notNull())
		.addColumn('entity_id', 'text')
		.addColumn('before', 'jsonb')
		.addColumn('after', 'jsonb')
		.addColumn('client_address', 'text')
		.execute();
	await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute();
	await db.schema.createIndex('audit_log_actor_idx').on('audit_log').columns(['actor', 'at']).execute();
	await db.schema.createIndex('audit_log_entity_idx').on('audit_log').columns(['entity_type', 'entity_id']).execute();

	await sql`
		create function audit_log_reject_change() returns trigger language plpgsql as $$
		begin
			raise exception 'audit_log is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
		end
		$$`.execute(db);
	await sql`
		create trigger audit_log_append_only before update or delete on audit_log
		for each row execute function audit_log_reject_change()`.execute(db);
	await sql`
		create trigger audit_log_no_truncate before truncate on audit_log
		for each statement execute function audit_log_reject_change()`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	for (const table of ['audit_log', 'login_attempts', 'api_tokens', 'sessions', 'users']) {
		await db.schema.dropTable(table).execute();
	}
	await sql`drop function audit_log_reject_change()`.execute(db);
}
