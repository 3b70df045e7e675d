import { sql, type Kysely } from 'kysely';

/**
 * Strategy streams beyond policing (issue 10; domain.md §1, arms 3–5): CYBERCOPS prevention lessons for
 * Grades 7–8 per community and school year, ICE training of investigators and Crowns per police service
 * and Crown office, and offender-registry address verification per police service and quarter.
 *
 * Registry figures are AGGREGATES per service and quarter: no table here can hold an individual
 * registrant, by design. Every row says whether it is illustrative and where it came from (domain.md
 * §11). Nothing cascades on delete. SQL stays compatible with PostgreSQL 15.
 */
// Kysely migrations are typed against Kysely<any> on purpose: they must not depend on today's schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('stream_prevention')
		.addColumn('csduid', 'text', (c) => c.notNull().references('community.csduid'))
		// Ontario school year, '2024-25' (September to June).
		.addColumn('school_year', 'text', (c) => c.notNull().check(sql`school_year ~ '^[0-9]{4}-[0-9]{2}$'`))
		.addColumn('grade_7_8_students', 'integer', (c) => c.notNull().check(sql`grade_7_8_students >= 0`))
		.addColumn('classrooms_reached', 'integer', (c) => c.notNull().check(sql`classrooms_reached >= 0`))
		.addColumn('students_reached', 'integer', (c) => c.notNull().check(sql`students_reached >= 0`))
		.addColumn('teachers_trained', 'integer', (c) => c.notNull().check(sql`teachers_trained >= 0`))
		.addColumn('illustrative', 'boolean', (c) => c.notNull())
		.addColumn('source', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('stream_prevention_pk', ['csduid', 'school_year'])
		.execute();

	// One row per office (a police service's ICE unit, or a Crown office) and reference year.
	await db.schema
		.createTable('stream_training')
		.addColumn('office_kind', 'text', (c) => c.notNull().check(sql`office_kind in ('police_service', 'crown_office')`))
		.addColumn('office_id', 'text', (c) => c.notNull())
		.addColumn('police_service_id', 'text', (c) => c.references('police_service.id'))
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('name_fr', 'text', (c) => c.notNull())
		.addColumn('as_of_year', 'integer', (c) => c.notNull().check(sql`as_of_year between 2000 and 2100`))
		// Investigators (police) or Crowns (Crown office) assigned to ICE files.
		.addColumn('staff', 'integer', (c) => c.notNull().check(sql`staff >= 0`))
		.addColumn('trained', 'integer', (c) => c.notNull())
		// Trained within the currency window (domain/streams/training.ts) counted back from as_of_year.
		.addColumn('trained_current', 'integer', (c) => c.notNull())
		.addColumn('latest_training_year', 'integer')
		.addColumn('illustrative', 'boolean', (c) => c.notNull())
		.addColumn('source', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('stream_training_pk', ['office_kind', 'office_id', 'as_of_year'])
		.addCheckConstraint('stream_training_counts', sql`trained_current between 0 and trained and trained <= staff`)
		.addCheckConstraint('stream_training_service', sql`(office_kind = 'police_service') = (police_service_id is not null)`)
		.execute();

	await db.schema
		.createTable('stream_registry_program')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('name_fr', 'text', (c) => c.notNull())
		.addColumn('police_service_id', 'text', (c) => c.notNull().references('police_service.id'))
		.addColumn('first_period', 'text', (c) => c.notNull().check(sql`first_period ~ '^[0-9]{4}-Q[1-4]$'`))
		.addColumn('last_period', 'text', (c) => c.notNull().check(sql`last_period ~ '^[0-9]{4}-Q[1-4]$'`))
		.addColumn('budget_cents', 'bigint', (c) => c.notNull().check(sql`budget_cents >= 0`))
		.addColumn('target_registrants', 'integer', (c) => c.notNull().check(sql`target_registrants >= 0`))
		.addColumn('illustrative', 'boolean', (c) => c.notNull())
		.addColumn('source', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('stream_registry_quarter')
		.addColumn('program_id', 'text', (c) => c.notNull().references('stream_registry_program.id'))
		.addColumn('police_service_id', 'text', (c) => c.notNull().references('police_service.id'))
		.addColumn('period', 'text', (c) => c.notNull().check(sql`period ~ '^[0-9]{4}-Q[1-4]$'`))
		.addColumn('registrants', 'integer', (c) => c.notNull().check(sql`registrants >= 0`))
		// Registrants whose address was verified in the quarter (each counted once).
		.addColumn('verifications_done', 'integer', (c) => c.notNull())
		.addColumn('non_compliant_located', 'integer', (c) => c.notNull().check(sql`non_compliant_located >= 0`))
		.addColumn('illustrative', 'boolean', (c) => c.notNull())
		.addColumn('source', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('stream_registry_quarter_pk', ['program_id', 'police_service_id', 'period'])
		.addCheckConstraint('stream_registry_verified', sql`verifications_done between 0 and registrants`)
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	for (const table of ['stream_registry_quarter', 'stream_registry_program', 'stream_training', 'stream_prevention']) {
		await db.schema.dropTable(table).execute();
	}
}
