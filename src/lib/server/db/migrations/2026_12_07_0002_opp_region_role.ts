/**
 * The OPP asks for support too (domain.md §4: the OPP is one police service whose ICE investigators work
 * in five regional teams). An `opp_region` account speaks for one regional team: it belongs to the
 * service `opp` and names its region. Its requests say which team filed them (`reporting_unit_id`), so
 * planners can list the OPP's open support requests beside the allocation. Two request kinds are added
 * for what a team asks for: surge help from the Child Sexual Exploitation Unit / Project P, or resources
 * from the ministry. Seeded demonstration requests are marked illustrative, like the demo roster.
 *
 * Assignments gain an FTE-weeks figure, the unit requests are asked in, so asked and assigned add up in
 * one unit (a quarter is 13 weeks: 0.5 FTE for a quarter is 6.5 FTE-weeks). The share of a quarter stays
 * as it is, since members' availability is per quarter.
 */
import { sql, type Kysely } from 'kysely';

const REGIONS = sql`('West', 'Central', 'East', 'North East', 'North West')`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('users').addColumn('opp_region', 'text', (c) => c.check(sql`opp_region in ${REGIONS}`)).execute();
	await sql`alter table users drop constraint if exists users_role_check`.execute(db);
	await sql`alter table users add constraint users_role_check check (role in ('planner', 'chief', 'opp_region', 'project_p', 'viewer', 'admin'))`.execute(db);
	await sql`alter table users drop constraint if exists users_chief_service`.execute(db);
	// A chief is bound to one police service, an OPP regional account to the OPP and one region; no other role is.
	await sql`alter table users add constraint users_chief_service check ((role in ('chief', 'opp_region')) = (police_service_id is not null))`.execute(db);
	await sql`alter table users add constraint users_opp_region check ((role = 'opp_region') = (opp_region is not null) and (role <> 'opp_region' or police_service_id = 'opp'))`.execute(db);

	await sql`alter table project_p_request drop constraint if exists project_p_request_kind_check`.execute(db);
	await sql`alter table project_p_request add constraint project_p_request_kind_check check (kind in ('investigation_support', 'forensic_examination', 'victim_identification', 'training', 'surge_support', 'ministry_resources'))`.execute(db);
	await db.schema.alterTable('project_p_request').addColumn('reporting_unit_id', 'text', (c) => c.references('reporting_unit.id')).execute();
	await db.schema.alterTable('project_p_request').addColumn('illustrative', 'boolean', (c) => c.notNull().defaultTo(false)).execute();

	await db.schema
		.alterTable('project_p_assignment')
		.addColumn('fte_weeks', 'numeric(4, 1)', (c) => c.check(sql`fte_weeks > 0 and fte_weeks <= 13`))
		.execute();
	await sql`update project_p_assignment set fte_weeks = round(fte * 13, 1)`.execute(db);
	await sql`alter table project_p_assignment alter column fte_weeks set not null`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('project_p_assignment').dropColumn('fte_weeks').execute();
	await db.schema.alterTable('project_p_request').dropColumn('illustrative').execute();
	await db.schema.alterTable('project_p_request').dropColumn('reporting_unit_id').execute();
	await sql`alter table project_p_request drop constraint if exists project_p_request_kind_check`.execute(db);
	await sql`alter table project_p_request add constraint project_p_request_kind_check check (kind in ('investigation_support', 'forensic_examination', 'victim_identification', 'training'))`.execute(db);
	await sql`alter table users drop constraint if exists users_opp_region`.execute(db);
	await sql`alter table users drop constraint if exists users_chief_service`.execute(db);
	await sql`alter table users add constraint users_chief_service check ((role = 'chief') = (police_service_id is not null))`.execute(db);
	await sql`alter table users drop constraint if exists users_role_check`.execute(db);
	await sql`alter table users add constraint users_role_check check (role in ('planner', 'chief', 'project_p', 'viewer', 'admin'))`.execute(db);
	await db.schema.alterTable('users').dropColumn('opp_region').execute();
}
