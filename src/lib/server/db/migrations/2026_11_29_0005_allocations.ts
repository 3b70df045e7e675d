import { sql, type Kysely } from 'kysely';

/**
 * Allocation scenarios (issue 6, deliverable 4): a planner's parameters for splitting the strategy's funds, the
 * amounts they gave when last saved (one line per police service) and the inputs behind them.
 *
 * An approved scenario is immutable, and the database enforces it, not only the app: a trigger rejects UPDATE and
 * DELETE of an approved scenario and any change to its lines, for every role (a grant could not stop the embedded
 * database's superuser; the audit log uses the same device). A new version is a copy (`copied_from`). Approving
 * also checks that the lines add up to the total, so no approved split can be short of the budget by a cent.
 * SQL stays compatible with PostgreSQL 15.
 */
// Kysely migrations are typed against Kysely<any> on purpose: they must not depend on today's schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('allocation_scenario')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
		.addColumn('name', 'text', (c) => c.notNull().check(sql`char_length(name) between 1 and 120`))
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('draft').check(sql`status in ('draft', 'approved')`))
		.addColumn('period', 'text', (c) => c.notNull().check(sql`period ~ '^[0-9]{4}-Q[1-4]$'`))
		// The engine's AllocationParameters, FteConversion and optimiser objective, as validated when saved.
		.addColumn('parameters', 'jsonb', (c) => c.notNull())
		.addColumn('conversion', 'jsonb', (c) => c.notNull())
		.addColumn('objective', 'text', (c) => c.notNull().check(sql`objective in ('worst_caseload', 'gap_children')`))
		// The AllocationServiceInput[] the amounts were computed from.
		.addColumn('inputs', 'jsonb', (c) => c.notNull())
		.addColumn('total_cents', 'bigint', (c) => c.notNull().check(sql`total_cents > 0`))
		.addColumn('illustrative', 'boolean', (c) => c.notNull())
		// No foreign key: deleting a draft must not have to rewrite (and so touch) an approved copy of it.
		.addColumn('copied_from', 'integer')
		// No ON DELETE action: an account that acted is disabled, never deleted (as in audit_log).
		.addColumn('created_by_user_id', 'integer', (c) => c.references('users.id'))
		.addColumn('created_by', 'text', (c) => c.notNull())
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('approved_by_user_id', 'integer', (c) => c.references('users.id'))
		.addColumn('approved_by', 'text')
		.addColumn('approved_at', 'timestamptz')
		.addCheckConstraint(
			'allocation_scenario_approval',
			sql`(status = 'approved') = (approved_at is not null and approved_by is not null)`
		)
		.execute();
	await db.schema.createIndex('allocation_scenario_updated_idx').on('allocation_scenario').column('updated_at').execute();

	await db.schema
		.createTable('allocation_line')
		.addColumn('scenario_id', 'integer', (c) => c.notNull().references('allocation_scenario.id').onDelete('cascade'))
		.addColumn('police_service_id', 'text', (c) => c.notNull().references('police_service.id'))
		.addColumn('amount_cents', 'bigint', (c) => c.notNull().check(sql`amount_cents >= 0`))
		// The engine's AllocationExplanation: the cents due to each stage, and the sentences read aloud.
		.addColumn('explanation', 'jsonb', (c) => c.notNull())
		.addPrimaryKeyConstraint('allocation_line_pk', ['scenario_id', 'police_service_id'])
		.execute();

	await sql`
		create function allocation_scenario_guard() returns trigger language plpgsql as $$
		begin
			if tg_op = 'DELETE' then
				if old.status = 'approved' then
					raise exception 'allocation scenario % is approved and cannot be deleted', old.id using errcode = 'integrity_constraint_violation';
				end if;
				return old;
			end if;
			if old.status = 'approved' then
				raise exception 'allocation scenario % is approved and cannot be changed', old.id using errcode = 'integrity_constraint_violation';
			end if;
			if new.status = 'approved' and new.total_cents <> (select coalesce(sum(amount_cents), 0) from allocation_line where scenario_id = new.id) then
				raise exception 'allocation scenario %: lines do not add up to the total', new.id using errcode = 'check_violation';
			end if;
			return new;
		end
		$$`.execute(db);
	await sql`
		create trigger allocation_scenario_immutable before update or delete on allocation_scenario
		for each row execute function allocation_scenario_guard()`.execute(db);

	await sql`
		create function allocation_line_guard() returns trigger language plpgsql as $$
		declare
			target integer := case when tg_op = 'DELETE' then old.scenario_id else new.scenario_id end;
		begin
			if exists (select 1 from allocation_scenario where id = target and status = 'approved')
				or (tg_op = 'UPDATE' and exists (select 1 from allocation_scenario where id = old.scenario_id and status = 'approved')) then
				raise exception 'allocation scenario % is approved: its lines cannot be changed', target using errcode = 'integrity_constraint_violation';
			end if;
			return case when tg_op = 'DELETE' then old else new end;
		end
		$$`.execute(db);
	await sql`
		create trigger allocation_line_immutable before insert or update or delete on allocation_line
		for each row execute function allocation_line_guard()`.execute(db);
	// TRUNCATE skips row triggers: reject it outright, as the audit log does.
	await sql`
		create function allocation_reject_truncate() returns trigger language plpgsql as $$
		begin
			raise exception 'allocation scenarios cannot be truncated' using errcode = 'insufficient_privilege';
		end
		$$`.execute(db);
	for (const table of ['allocation_scenario', 'allocation_line']) {
		await sql`
			create trigger ${sql.raw(`${table}_no_truncate`)} before truncate on ${sql.table(table)}
			for each statement execute function allocation_reject_truncate()`.execute(db);
	}
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('allocation_line').execute();
	await db.schema.dropTable('allocation_scenario').execute();
	await sql`drop function allocation_line_guard()`.execute(db);
	await sql`drop function allocation_scenario_guard()`.execute(db);
	await sql`drop function allocation_reject_truncate()`.execute(db);
}
