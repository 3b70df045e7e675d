/** `npm run db:migrate`: apply pending migrations to the configured database, then stop. */
import { closeDatabase, openDatabase } from '../src/lib/server/database';

try {
	await openDatabase({ log: (line) => console.log(line), seedWhenEmpty: false });
	console.log('migrations are up to date');
} catch (error) {
	console.error(`db:migrate: ${(error as Error).message}`);
	process.exitCode = 1;
} finally {
	await closeDatabase();
}
