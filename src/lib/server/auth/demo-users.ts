/**
 * Demo accounts, one per role, for the embedded default database only (README "Demo accounts").
 * They are never created against an external DATABASE_URL unless asked for with
 * `npm run db:seed -- --demo-users`. Creating them is idempotent: an existing account is left as
 * it is (its password included), and each creation is audited as the `system` actor.
 */
import type { OppRegion, Role } from '$lib/domain/vocabulary';
import type { AtlasDb } from '../db/client';
import * as audit from '../audit';
import * as users from '../queries/users';
import { hashPassword, PASSWORD_MIN_LENGTH } from './passwords';

export const DEFAULT_DEMO_PASSWORD = 'atlas-demo-2026';

interface DemoAccount {
	username: string;
	display_name: string;
	role: Role;
	police_service_id: string | null;
	opp_region?: OppRegion;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
	{ username: 'planner', display_name: 'Demo ministry planner', role: 'planner', police_service_id: null },
	{ username: 'chief-toronto', display_name: 'Demo chief, Toronto Police Service', role: 'chief', police_service_id: 'toronto' },
	{ username: 'chief-naps', display_name: 'Demo chief, Nishnawbe-Aski Police Service', role: 'chief', police_service_id: 'naps' },
	{ username: 'opp-northwest', display_name: 'Demo OPP North West regional command', role: 'opp_region', police_service_id: 'opp', opp_region: 'North West' },
	{ username: 'project-p', display_name: 'Demo Project P coordinator', role: 'project_p', police_service_id: null },
	{ username: 'viewer', display_name: 'Demo viewer', role: 'viewer', police_service_id: null },
	{ username: 'admin', display_name: 'Demo administrator', role: 'admin', police_service_id: null }
];

export function demoPassword(env: Record<string, string | undefined> = process.env): string {
	const password = env.ATLAS_DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD;
	if (password.length < PASSWORD_MIN_LENGTH) {
		throw new Error(`ATLAS_DEMO_PASSWORD must have at least ${PASSWORD_MIN_LENGTH} characters`);
	}
	return password;
}

/** Creates the missing demo accounts; returns the usernames created. */
export async function ensureDemoUsers(db: AtlasDb, password: string = demoPassword()): Promise<string[]> {
	const existing = new Set(
		(await db.selectFrom('users').select('username').where('username', 'in', DEMO_ACCOUNTS.map((a) => a.username)).execute()).map(
			(row) => row.username
		)
	);
	const services = new Set((await db.selectFrom('police_service').select('id').execute()).map((row) => row.id));
	// A chief needs its service: on an unseeded database those accounts wait for the next start.
	const missing = DEMO_ACCOUNTS.filter(
		(account) => !existing.has(account.username) && (account.police_service_id === null || services.has(account.police_service_id))
	);
	if (missing.length === 0) return [];
	const prepared = await Promise.all(missing.map(async (account) => ({ ...account, password_hash: await hashPassword(password) })));
	return db.transaction().execute(async (trx) => {
		const created: string[] = [];
		for (const account of prepared) {
			const row = await users.insertIfAbsent(trx, account);
			if (!row) continue;
			await audit.record(trx, {
				actor: audit.SYSTEM_ACTOR,
				action: 'user.create',
				entity_type: 'user',
				entity_id: row.id,
				after: users.auditView(row)
			});
			created.push(row.username);
		}
		return created;
	});
}
