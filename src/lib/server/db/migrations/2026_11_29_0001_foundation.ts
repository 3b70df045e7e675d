import { sql, type Kysely } from 'kysely';

/**
 * Reference geography, police services and jurisdiction, and the quarterly ICE figures.
 * Every figure table carries `illustrative` (true for generated data, data/README.md) and a
 * `source` so provenance survives into the API, exports and screens.
 * Money is integer cents (bigint). SQL stays compatible with PostgreSQL 15.
 */
// Kysely migrations are typed against Kysely<any> on purpose: they must not depend on today's schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('police_service')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('name_fr', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('municipal', 'opp', 'first_nations')`))
		.addColumn('opp_region', 'text')
		.addColumn('ice_strategy_member', 'boolean', (c) => c.notNull())
		.addColumn('sworn_officers', 'integer')
		.addColumn('sworn_year', 'integer')
		.addColumn('sworn_source', 'text')
		.execute();

	await db.schema
		.createTable('community')
		.addColumn('csduid', 'text', (c) => c.primaryKey().check(sql`csduid ~ '^35[0-9]{5}$'`))
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('name_fr', 'text', (c) => c.notNull())
		.addColumn('csd_type', 'text', (c) => c.notNull())
		.addColumn('cduid', 'text', (c) => c.notNull())
		.addColumn('cd_name', 'text', (c) => c.notNull())
		// Null means "population not available" (13 reserves, 2021 Census); never stored as 0.
		.addColumn('population', 'integer', (c) => c.check(sql`population >= 0`))
		.addColumn('land_area_km2', 'double precision', (c) => c.notNull())
		.addColumn('centroid_lon', 'double precision', (c) => c.notNull())
		.addColumn('centroid_lat', 'double precision', (c) => c.notNull())
		.addColumn('children_share', 'double precision', (c) => c.notNull())
		.addColumn('children', 'integer')
		// 'estimate' (population × share, data/README.md) until real counts are imported.
		.addColumn('children_source', 'text', (c) => c.notNull().defaultTo('estimate'))
		.addColumn('fly_in', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('search_key', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('community_cduid_idx').on('community').column('cduid').execute();

	await db.schema
		.createTable('jurisdiction')
		.addColumn('csduid', 'text', (c) => c.primaryKey().references('community.csduid'))
		.addColumn('police_service_id', 'text', (c) => c.notNull().references('police_service.id'))
		// The OPP region the CSD lies in, whoever polices it (West, Central, East, North East, North West).
		.addColumn('opp_region', 'text', (c) => c.notNull())
		.addColumn('confidence', 'text', (c) => c.notNull().check(sql`confidence in ('high', 'medium', 'low')`))
		.addColumn('note', 'text')
		.addColumn('source', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('jurisdiction_service_idx').on('jurisdiction').column('police_service_id').execute();

	await db.schema
		.createTable('ice_quarter')
		.addColumn('police_service_id', 'text', (c) => c.notNull().references('police_service.id'))
		.addColumn('period', 'text', (c) => c.notNull().check(sql`period ~ '^[0-9]{4}-Q[1-4]$'`))
		.addColumn('investigators_fte', 'numeric(7, 1)', (c) => c.notNull().check(sql`investigators_fte >= 0`))
		.addColumn('forensic_examiners_fte', 'numeric(7, 1)', (c) => c.notNull().check(sql`forensic_examiners_fte >= 0`))
		.addColumn('forensic_backlog_devices', 'integer', (c) => c.notNull().check(sql`forensic_backlog_devices >= 0`))
		.addColumn('referrals_received', 'integer', (c) => c.notNull().check(sql`referrals_received >= 0`))
		.addColumn('investigations_opened', 'integer', (c) => c.notNull().check(sql`investigations_opened >= 0`))
		.addColumn('investigations_concluded', 'integer', (c) => c.notNull().check(sql`investigations_concluded >= 0`))
		.addColumn('charges_laid', 'integer', (c) => c.notNull().check(sql`charges_laid >= 0`))
		.addColumn('victims_identified', 'integer', (c) => c.notNull().check(sql`victims_identified >= 0`))
		.addColumn('open_backlog', 'integer', (c) => c.notNull().check(sql`open_backlog >= 0`))
		.addColumn('files_referred_project_p', 'integer', (c) => c.notNull().check(sql`files_referred_project_p >= 0`))
		.addColumn('illustrative', 'boolean', (c) => c.notNull())
		.addColumn('source', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('ice_quarter_pk', ['police_service_id', 'period'])
		.execute();
	await db.schema.createIndex('ice_quarter_period_idx').on('ice_quarter').column('period').execute();

	await db.schema
		.createTable('strategy_funding')
		.addColumn('police_service_id', 'text', (c) => c.notNull().references('police_service.id'))
		.addColumn('fiscal_year', 'integer', (c) => c.notNull())
		.addColumn('amount_cents', 'bigint', (c) => c.notNull().check(sql`amount_cents >= 0`))
		.addColumn('illustrative', 'boolean', (c) => c.notNull())
		.addColumn('source', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('strategy_funding_pk', ['police_service_id', 'fiscal_year'])
		.execute();

	// One row per seeded dataset: which file, its checksum, when. Lets screens show provenance.
	await db.schema
		.createTable('dataset')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('source_file', 'text', (c) => c.notNull())
		.addColumn('checksum', 'text', (c) => c.notNull())
		.addColumn('illustrative', 'boolean', (c) => c.notNull())
		.addColumn('row_count', 'integer', (c) => c.notNull())
		.addColumn('loaded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	for (const table of ['dataset', 'strategy_funding', 'ice_quarter', 'jurisdiction', 'community', 'police_service']) {
		await db.schema.dropTable(table).execute();
	}
}
