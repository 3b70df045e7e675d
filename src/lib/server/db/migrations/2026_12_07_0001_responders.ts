/**
 * The OPP is one police service (domain.md §4). Its ICE investigators work in five regional teams, so
 * capacity and caseload are reported by unit: each police service reports as itself, the OPP as
 * `opp-<region>` (data/reference/reporting-units.csv). ice_quarter.police_service_id now names the
 * reporting unit. The census-division OPP area is kept on the jurisdiction as a display grouping.
 */
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('reporting_unit')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('police_service_id', 'text', (c) => c.notNull().references('police_service.id'))
		.addColumn('opp_region', 'text', (c) => c.check(sql`opp_region in ('West', 'Central', 'East', 'North East', 'North West')`))
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('name_fr', 'text', (c) => c.notNull())
		.addColumn('base_csduid', 'text', (c) => c.notNull().references('community.csduid'))
		.execute();
	await db.schema.createIndex('reporting_unit_service_idx').on('reporting_unit').column('police_service_id').execute();
	// Coverage reads reporting units: a change to them is a new data version (2026_11_30_0001_data_version).
	await sql`
		create trigger reporting_unit_bumps_data_version
		after insert or update or delete or truncate on reporting_unit
		for each statement execute function bump_data_version()`.execute(db);

	// Existing services report as themselves, based in their most populous community.
	await sql`
		insert into reporting_unit (id, police_service_id, opp_region, name, name_fr, base_csduid)
		select distinct on (s.id) s.id, s.id, null, s.name, s.name_fr, c.csduid
		from police_service s
		join jurisdiction j on j.police_service_id = s.id
		join community c on c.csduid = j.csduid
		where s.kind <> 'opp'
		order by s.id, coalesce(c.population, 0) desc, c.csduid`.execute(db);

	await sql`alter table ice_quarter drop constraint if exists ice_quarter_police_service_id_fkey`.execute(db);
	// NOT VALID: rows from before this migration are checked by the next seed, not here.
	await sql`alter table ice_quarter add constraint ice_quarter_unit_fkey foreign key (police_service_id) references reporting_unit (id) not valid`.execute(db);

	await db.schema.alterTable('jurisdiction').addColumn('opp_area_id', 'text').execute();
	// The gap thresholds changed shape (absolute loads per investigator, no percentile); the old edit no longer applies.
	await sql`delete from setting where key = 'coverage_thresholds'`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('jurisdiction').dropColumn('opp_area_id').execute();
	await sql`alter table ice_quarter drop constraint if exists ice_quarter_unit_fkey`.execute(db);
	await sql`alter table ice_quarter add constraint ice_quarter_police_service_id_fkey foreign key (police_service_id) references police_service (id) not valid`.execute(db);
	await db.schema.dropTable('reporting_unit').execute();
}
