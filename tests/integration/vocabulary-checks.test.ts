/**
 * The database's CHECK constraints and domain/vocabulary.ts must name the same codes: the migrations keep their own
 * literal lists (history does not change), so this is what tells a code added on one side only.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIDENCE_LEVELS, GAP_LEVELS, OPP_REGIONS, ROLES, SERVICE_KINDS } from '../../src/lib/domain/vocabulary';
import { createTestDatabase, type TestDatabase } from './test-db';

/** The quoted values of the CHECK constraints on that column alone (not rules across columns), as PostgreSQL prints them. */
async function checkedValues(test: TestDatabase, table: string, column: string): Promise<string[]> {
	const result = await sql<{ definition: string }>`
		select pg_get_constraintdef(c.oid) as definition
		from pg_constraint c
		join pg_class t on t.oid = c.conrelid
		join pg_attribute a on a.attrelid = t.oid and a.attnum = any (c.conkey)
		where c.contype = 'c' and cardinality(c.conkey) = 1 and t.relname = ${table} and a.attname = ${column}`.execute(test.db);
	const values = result.rows.flatMap((row) => [...row.definition.matchAll(/'([^']*)'::text/g)].map((m) => m[1] ?? ''));
	return [...new Set(values)].sort();
}

describe('database checks and the vocabulary', () => {
	let test: TestDatabase;
	beforeAll(async () => {
		test = await createTestDatabase();
	});
	afterAll(() => test.drop());

	const columns: [string, string, readonly string[]][] = [
		['police_service', 'kind', SERVICE_KINDS],
		['jurisdiction', 'confidence', CONFIDENCE_LEVELS],
		['reporting_unit', 'opp_region', OPP_REGIONS],
		['users', 'role', ROLES],
		['project_p_request', 'flag_level', GAP_LEVELS]
	];

	it.each(columns)('%s.%s accepts exactly the vocabulary list', async (table, column, list) => {
		const values = await checkedValues(test, table, column);
		expect(values.length).toBeGreaterThan(0);
		expect(values).toEqual([...list].sort());
	});
});
