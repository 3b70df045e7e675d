import { sql, type Kysely } from 'kysely';

/**
 * Project P assistance (issue 7): requests for help with a community, every change of their status,
 * and the roster members assigned to them per quarter. The roster itself (project_p_member,
 * project_p_availability) comes from migration 0004 and the roster import; this migration only adds
 * which members are ILLUSTRATIVE (the demo roster the seed writes, data/README.md), in a table of its
 * own so the import's columns stay as they are.
 *
 * A request keeps the police service and OPP region of its community at filing (who may see it, and
 * regional workload, must not change when a jurisdiction import later reassigns the community) and the
 * coverage flag it was filed on. Nothing is ever deleted: no ON DELETE actions. Capacity ("nobody
 * over-assigned") is checked by the app under row locks on project_p_availability (server/project-p/
 * assign.ts), since a CHECK cannot sum across rows. SQL stays compatible with PostgreSQL 15.
 */
// Kysely migrations are typed against Kysely<any> on purpose: they must not depend on today's schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('project_p_illustrative_member')
		.addColumn('member_id', 'text', (c) => c.primaryKey().references('project_p_member.id'))
		.addColumn('source', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('project_p_request')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
		.addColumn('csduid', 'text', (c) => c.notNull().references('community.csduid'))
		.addColumn('police_service_id', 'text', (c) => c.notNull().references('police_service.id'))
		.addColumn('opp_region', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) =>
			c.notNull().check(sql`kind in ('investigation_support', 'forensic_examination', 'victim_identification', 'training')`)
		)
		.addColumn('urgency', 'text', (c) => c.notNull().check(sql`urgency in ('routine', 'high', 'urgent')`))
		// FTE-weeks (one full-time person for a week); null when the requester gave no estimate.
		.addColumn('expected_fte_weeks', 'numeric(4, 1)', (c) => c.check(sql`expected_fte_weeks between 0.5 and 260`))
		.addColumn('description', 'text', (c) => c.notNull().check(sql`char_length(description) between 1 and 500`))
		.addColumn('status', 'text', (c) =>
			c.notNull().defaultTo('submitted').check(sql`status in ('submitted', 'triaged', 'assigned', 'active', 'closed', 'declined')`)
		)
		.addColumn('decline_reason', 'text', (c) => c.check(sql`char_length(decline_reason) between 1 and 500`))
		// The coverage flag when filed: its quarter, level and reason codes (domain/coverage/reasons.ts).
		.addColumn('flag_period', 'text')
		.addColumn('flag_level', 'text', (c) => c.check(sql`flag_level in ('none', 'watch', 'gap', 'critical')`))
		.addColumn('flag_reasons', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
		.addColumn('filed_by_user_id', 'integer', (c) => c.references('users.id'))
		.addColumn('filed_by', 'text', (c) => c.notNull())
		.addColumn('filed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('status_changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addCheckConstraint('project_p_request_decline_reason', sql`(status = 'declined') = (decline_reason is not null)`)
		.execute();
	await db.schema.createIndex('project_p_request_status_idx').on('project_p_request').columns(['status', 'filed_at']).execute();
	await db.schema.createIndex('project_p_request_csduid_idx').on('project_p_request').column('csduid').execute();
	await db.schema.createIndex('project_p_request_service_idx').on('project_p_request').column('police_service_id').execute();

	// Every status change, creation included (from_status null): who and when (issue 7, deliverable 2).
	await db.schema
		.createTable('project_p_request_event')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
		.addColumn('request_id', 'integer', (c) => c.notNull().references('project_p_request.id'))
		.addColumn('from_status', 'text')
		.addColumn('to_status', 'text', (c) => c.notNull())
		.addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('actor_user_id', 'integer', (c) => c.references('users.id'))
		.addColumn('actor', 'text', (c) => c.notNull())
		// The decline reason, or who was assigned for which quarter.
		.addColumn('note', 'text')
		.execute();
	await db.schema.createIndex('project_p_request_event_request_idx').on('project_p_request_event').columns(['request_id', 'id']).execute();

	// A member's FTE on a request in one quarter; it holds capacity while the request is assigned or active.
	await db.schema
		.createTable('project_p_assignment')
		.addColumn('request_id', 'integer', (c) => c.notNull().references('project_p_request.id'))
		.addColumn('member_id', 'text', (c) => c.notNull().references('project_p_member.id'))
		.addColumn('period', 'text', (c) => c.notNull().check(sql`period ~ '^[0-9]{4}-Q[1-4]$'`))
		.addColumn('fte', 'numeric(3, 2)', (c) => c.notNull().check(sql`fte > 0 and fte <= 1`))
		.addColumn('assigned_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('assigned_by', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('project_p_assignment_pk', ['request_id', 'member_id', 'period'])
		.execute();
	await db.schema.createIndex('project_p_assignment_member_idx').on('project_p_assignment').columns(['member_id', 'period']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('project_p_assignment').execute();
	await db.schema.dropTable('project_p_request_event').execute();
	await db.schema.dropTable('project_p_request').execute();
	await db.schema.dropTable('project_p_illustrative_member').execute();
}
