/**
 * The disclosure property, attacked (domain.md §9): for a viewer without clearance, nothing published
 * about a single service — its quarters, rolling totals, rates, reasons, features, distances, ranks,
 * its communities' rows — changes when one of that service's suppressed counts moves within 1–4.
 *
 * Every door on disk (attack-support.ts: every GET endpoint, CSV export and page load) is fetched for
 * each role without clearance — the viewer, both demo chiefs, the Project P coordinator and the
 * administrator — the count is changed in the database, everything is fetched again and compared byte
 * for byte (timestamps blanked). A planner, who is cleared, must see the change: so the change took
 * effect and the comparison can fail. Run on the default data and on a province randomised from a
 * printed seed, where one moved count sits in a single-unit service and one in an OPP regional team.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { CASELOAD_FIELDS } from '../../src/lib/domain/coverage';
import { shiftPeriod, type PeriodKey } from '../../src/lib/domain/period';
import type { AuthUser } from '../../src/lib/server/auth/user';
import * as coverageInputs from '../../src/lib/server/queries/coverage-inputs';
import { attackers, collect, PLANNER, randomiseProvince, RANDOM_SEED, rolesNotCleared, seeded, type Collected, type Targets } from './attack-support';
import { appDatabase } from './test-db';

type Field = (typeof CASELOAD_FIELDS)[number];
interface Cell {
	unit: string;
	service: string;
	period: PeriodKey;
	field: Field;
}

const test = appDatabase();
let users: Record<string, AuthUser>;
let periods: PeriodKey[];
let serviceCount = 0;
let unitsOf: Map<string, string>;
let communitiesOf: Map<string, string[]>;
/** One OPP community per region, so each regional team's figures are fetched. */
let oppCommunities: string[];

beforeAll(async () => {
	users = await attackers(test.db);
	periods = await coverageInputs.periods(test.db);
	const inputs = await coverageInputs.load(test.db, periods.at(-1) ?? '2025-Q4');
	serviceCount = inputs.services.length;
	unitsOf = new Map(inputs.units.map((unit) => [unit.unit_id, unit.police_service_id]));
	communitiesOf = new Map();
	const regions = new Map<string, string>();
	for (const community of inputs.communities) {
		communitiesOf.set(community.police_service_id, [...(communitiesOf.get(community.police_service_id) ?? []), community.csduid]);
		if (community.police_service_id === 'opp' && !regions.has(community.opp_region)) regions.set(community.opp_region, community.csduid);
	}
	oppCommunities = [...regions.values()];
}, 120_000);

/** What a count in `cell` reaches: its quarter, the windows containing it (a year on), and the latest quarter. */
function targetsFor(cell: Cell): Targets {
	const reach = new Set<string>([0, 1, 2, 3, 4].map((offset) => shiftPeriod(cell.period, offset)));
	const latest = periods.at(-1);
	if (latest) reach.add(latest);
	return {
		services: [cell.service],
		csduids: cell.service === 'opp' ? oppCommunities : (communitiesOf.get(cell.service) ?? []).slice(0, 2),
		periods: periods.filter((period) => reach.has(period)),
		serviceCount
	};
}

async function setCount(cell: Cell, value: number): Promise<void> {
	await sql`update ice_quarter set ${sql.ref(cell.field)} = ${value} where police_service_id = ${cell.unit} and period = ${cell.period}`.execute(test.db);
}

function differences(before: Map<string, Collected>, after: Map<string, Collected>): string[] {
	expect(after.size).toBe(before.size);
	const changed: string[] = [];
	for (const [path, answer] of before) {
		const later = after.get(path);
		if (!later || later.status !== answer.status || later.type !== answer.type || later.body !== answer.body) changed.push(path);
	}
	return changed;
}

/** Moves the cell from `from` to `to` (both 1–4) and checks every non-cleared role sees nothing change. */
async function attack(cell: Cell, from: number, to: number, roles: [string, AuthUser][], label = 'default data'): Promise<void> {
	const targets = targetsFor(cell);
	await setCount(cell, from);
	const before = new Map<string, Map<string, Collected>>();
	for (const [name, user] of roles) before.set(name, await collect(user, targets));
	const plannerBefore = await collect(PLANNER, targets, (door) => door.template === '/api/services/{id}/metrics');
	await setCount(cell, to);
	for (const [name, user] of roles) {
		const seen = before.get(name);
		if (!seen) throw new Error(`nothing collected for ${name}`);
		// Something was fetched, and answered: an attack on nothing would pass for nothing.
		expect(seen.size, name).toBeGreaterThan(10);
		expect([...seen.values()].filter((answer) => answer.status === 200).length, name).toBeGreaterThan(5);
		const changed = differences(seen, await collect(user, targets));
		expect(changed, `${label}: ${name}: ${cell.unit} ${cell.period} ${cell.field} ${from}→${to} changed`).toEqual([]);
	}
	// The planner is cleared: the same change must show, or the change never reached the figures.
	const plannerAfter = await collect(PLANNER, targets, (door) => door.template === '/api/services/{id}/metrics');
	expect(differences(plannerBefore, plannerAfter).length, 'the planner sees the change').toBeGreaterThan(0);
}

describe('a suppressed count moving within 1–4 changes nothing a non-cleared role can fetch', () => {
	it('on the default data: a NAPS referral count of 1–4', async () => {
		const row = await test.db
			.selectFrom('ice_quarter')
			.select(['police_service_id', 'period', 'referrals_received'])
			.where('police_service_id', '=', 'naps')
			.where('referrals_received', '>=', 1)
			.where('referrals_received', '<=', 4)
			.orderBy('period')
			.executeTakeFirst();
		const fallback = await test.db
			.selectFrom('ice_quarter')
			.select(['police_service_id', 'period', 'referrals_received'])
			.where('referrals_received', '>=', 1)
			.where('referrals_received', '<=', 4)
			.where('police_service_id', 'not like', 'opp%')
			.orderBy('police_service_id')
			.orderBy('period')
			.executeTakeFirst();
		const found = row ?? fallback;
		expect(found, 'the default data has a referral count of 1–4').toBeDefined();
		if (!found) return;
		const cell: Cell = { unit: found.police_service_id, service: unitsOf.get(found.police_service_id) ?? found.police_service_id, period: found.period as PeriodKey, field: 'referrals_received' };
		const to = found.referrals_received === 4 ? 1 : found.referrals_received + 1;
		await attack(cell, found.referrals_received, to, rolesNotCleared(users, cell.service));
	}, 900_000);

	it(`on a randomised province (seed ${RANDOM_SEED}): random counts moved, as every role not cleared`, async () => {
		const servicesUnits = new Map<string, string[]>();
		for (const [unit, service] of unitsOf) servicesUnits.set(service, [...(servicesUnits.get(service) ?? []), unit]);
		const attacked = await randomiseProvince(test.db, RANDOM_SEED, periods.slice(-12), servicesUnits);
		const random = seeded(RANDOM_SEED);
		const units = attacked.flatMap((service) => servicesUnits.get(service) ?? []);
		const rows = await test.db.selectFrom('ice_quarter').selectAll().where('police_service_id', 'in', units).where('period', 'in', periods.slice(-12)).orderBy('police_service_id').orderBy('period').execute();
		// Hidden counts of the randomised province: a random one in a single-unit service, one in an OPP team.
		const hidden = rows.flatMap((row) => CASELOAD_FIELDS.filter((field) => row[field] >= 1 && row[field] <= 4).map((field) => ({ row, field })));
		const picks = [hidden.filter(({ row }) => !row.police_service_id.startsWith('opp')), hidden.filter(({ row }) => row.police_service_id.startsWith('opp'))];
		let rounds = 0;
		for (const pool of picks) {
			const pick = pool[Math.floor(random() * pool.length)];
			if (!pick) continue;
			const from = pick.row[pick.field];
			const to = 1 + ((from - 1 + 1 + Math.floor(random() * 3)) % 4);
			const cell: Cell = { unit: pick.row.police_service_id, service: unitsOf.get(pick.row.police_service_id) ?? pick.row.police_service_id, period: pick.row.period as PeriodKey, field: pick.field };
			await attack(cell, from, to, rolesNotCleared(users, cell.service), `seed ${RANDOM_SEED}`);
			rounds++;
		}
		expect(rounds, `seed ${RANDOM_SEED}: a hidden count in a service and in an OPP team was moved`).toBe(2);
	}, 900_000);
});
