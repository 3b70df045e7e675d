/**
 * `npm run db:seed`: load data/ into the configured database in one transaction. Idempotent: a
 * second run reports every row unchanged. Imported (non-illustrative) figures are never overwritten.
 * `npm run db:seed -- --demo-users` also creates the demo accounts (README "Demo accounts"), which
 * are otherwise only created for the embedded database.
 */
import { closeDatabase, openDatabase } from '../src/lib/server/database';
import { ensureDemoUsers } from '../src/lib/server/auth/demo-users';
import { seedDatabase } from '../src/lib/server/seed/seed';

const withDemoUsers = process.argv.slice(2).includes('--demo-users');

try {
	const { db } = await openDatabase({ log: (line) => console.log(line), seedWhenEmpty: false, demoUsers: false });
	for (const report of await seedDatabase(db)) {
		console.log(`${report.table}: ${report.rows} rows, ${report.inserted} inserted, ${report.updated} updated, ${report.unchanged} unchanged`);
	}
	if (withDemoUsers) {
		const created = await ensureDemoUsers(db);
		console.log(created.length > 0 ? `demo accounts created: ${created.join(', ')}` : 'demo accounts: all present');
	}
} catch (error) {
	console.error(`db:seed: ${(error as Error).message}`);
	process.exitCode = 1;
} finally {
	await closeDatabase();
}
