/**
 * `npm run db:seed`: load data/ into the configured database in one transaction. Idempotent: a
 * second run reports every row unchanged. Imported (non-illustrative) figures are never overwritten.
 */
import { closeDatabase, openDatabase } from '../src/lib/server/database';
import { seedDatabase } from '../src/lib/server/seed/seed';

try {
	const { db } = await openDatabase({ log: (line) => console.log(line), seedWhenEmpty: false });
	for (const report of await seedDatabase(db)) {
		console.log(`${report.table}: ${report.rows} rows, ${report.inserted} inserted, ${report.updated} updated, ${report.unchanged} unchanged`);
	}
} catch (error) {
	console.error(`db:seed: ${(error as Error).message}`);
	process.exitCode = 1;
} finally {
	await closeDatabase();
}
