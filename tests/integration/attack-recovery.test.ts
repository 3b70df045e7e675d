/**
 * Recovery attempts on the disclosure rule (domain.md §9): for each role without clearance, everything
 * the API and CSV exports give it about a service (attack-support.ts finds the doors) is read as numbers
 * and handed to a solver (attack-recover.ts) that tries differencing adjacent rolling totals, totals
 * minus published parts, and rates times a fitted denominator. The suite fails if any count of 1–4 in
 * the database is recovered exactly or narrowed to a band within 1–4. A synthetic leaky publication (an
 * unmasked rolling total, and an unmasked rate) runs through the same solver and must give values back,
 * so the attack can succeed when there is something to find.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASELOAD_FIELDS } from '../../src/lib/domain/coverage';
import { shiftPeriod, type PeriodKey } from '../../src/lib/domain/period';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { closeDatabase } from '../../src/lib/server/database';
import * as coverageInputs from '../../src/lib/server/queries/coverage-inputs';
import { attackers, collect, PLANNER, rolesNotCleared, seeded, type Collected, type Targets } from './attack-support';
import { isHidden, recover, type Truth } from './attack-recover';
import { createTestDatabase, type TestDatabase } from './test-db';

let test: TestDatabase;
let users: Record<string, AuthUser>;
let periods: PeriodKey[];
let serviceCount = 0;
let unitsOf: Map<string, string[]>;
let communitiesOf: Map<string, string[]>;

/** The quarters attacked: the last three years, enough windows to fit and to difference. */
const SPAN = 12;

beforeAll(async () => {
	test = await createTestDatabase();
	process.env.DATABASE_URL = test.url;
	users = await attackers(test.db);
	periods = await coverageInputs.periods(test.db);
	const inputs = await coverageInputs.load(test.db, periods.at(-1) ?? '2025-Q4');
	serviceCount = inputs.services.length;
	unitsOf = new Map();
	for (const unit of inputs.units) unitsOf.set(unit.police_service_id, [...(unitsOf.get(unit.police_service_id) ?? []), unit.unit_id]);
	communitiesOf = new Map();
	for (const community of inputs.communities) {
		communitiesOf.set(community.police_service_id, [...(communitiesOf.get(community.police_service_id) ?? []), community.csduid]);
	}
}, 120_000);
afterAll(async () => {
	await closeDatabase();
	await test.drop();
});

/** The true counts of every caseload field of a service's units, by field. */
async function truths(service: string): Promise<Truth[]> {
	const units = unitsOf.get(service) ?? [service];
	const rows = await test.db.selectFrom('ice_quarter').selectAll().where('police_service_id', 'in', units).execute();
	return CASELOAD_FIELDS.map((field) => {
		const cells = new Map<string, Map<PeriodKey, number>>();
		for (const row of rows) {
			const value = Number((row as Record<string, unknown>)[field]);
			if (!Number.isFinite(value)) continue;
			const unit = cells.get(row.police_service_id) ?? new Map<PeriodKey, number>();
			unit.set(row.period as PeriodKey, (unit.get(row.period as PeriodKey) ?? 0) + value);
			cells.set(row.police_service_id, unit);
		}
		return { field, cells };
	});
}

/**
 * The service most exposed to differencing: the most referral counts of 1–4 in the attacked quarters,
 * with enough known quarters around them for the attacker to recognise its series.
 */
async function chosenServices(): Promise<string[]> {
	const span = periods.slice(-SPAN);
	const scored: { service: string; score: number }[] = [];
	for (const service of [...unitsOf.keys()].sort()) {
		if (service === 'toronto' || service === 'naps' || (unitsOf.get(service) ?? []).length !== 1) continue;
		const referrals = (await truths(service)).find((truth) => truth.field === 'referrals_received');
		if (!referrals) continue;
		const cells = [...referrals.cells.values()][0];
		const hidden = span.filter((p) => isHidden(cells?.get(p) ?? 0)).length;
		const known = span.filter((p) => (cells?.get(p) ?? 0) >= 5).length;
		if (known >= 6 && hidden > 0) scored.push({ service, score: hidden });
	}
	return scored.sort((a, b) => b.score - a.score || a.service.localeCompare(b.service)).map((entry) => entry.service);
}

async function chosenService(): Promise<string> {
	return (await chosenServices())[0] ?? 'naps';
}

function targetsFor(service: string): Targets {
	return { services: [service], csduids: (communitiesOf.get(service) ?? []).slice(0, 1), periods: periods.slice(-SPAN), serviceCount };
}

const hiddenIn = (truth: Truth, span: readonly PeriodKey[]): number =>
	[...truth.cells.values()].reduce((n, cells) => n + span.filter((p) => isHidden(cells.get(p) ?? 0)).length, 0);

/**
 * Attacks one service as every role not cleared for it; returns how many hidden counts were in reach
 * and how many published series the attacker recognised (a suite that recognises nothing proves nothing).
 */
async function attackService(service: string, roles: [string, AuthUser][]): Promise<{ inReach: number; recognised: number }> {
	const fields = await truths(service);
	const span = periods.slice(-SPAN);
	const inReach = fields.reduce((n, truth) => n + hiddenIn(truth, span), 0);
	let recognised = 0;
	for (const [name, user] of roles) {
		const collected = await collect(user, targetsFor(service));
		expect([...collected.values()].filter((answer) => answer.status === 200).length, name).toBeGreaterThan(5);
		for (const truth of fields) {
			const { findings, how, observed } = recover(collected, service, truth);
			expect(observed, `${name} was given numbers about ${service}`).toBeGreaterThan(0);
			expect(findings, `${name} on ${service} ${truth.field}`).toEqual([]);
			recognised += how.length;
		}
	}
	return { inReach, recognised };
}

/** A publication that leaks: the rolling total and a per-100k rate of it, never masked. */
function leakyPublication(service: string, truth: Truth): Map<string, Collected> {
	const collected = new Map<string, Collected>();
	const span = periods.slice(-SPAN);
	for (const period of span) {
		let rolling = 0;
		for (const cells of truth.cells.values()) for (let lag = 0; lag < 4; lag++) rolling += cells.get(shiftPeriod(period, -lag)) ?? 0;
		const body = JSON.stringify({ data: { police_service_id: service, period, rolling_total: rolling, rate_per_100k: Number(((rolling * 100000) / 123456).toFixed(1)) } });
		collected.set(`/leaky/${service}?period=${period}`, { status: 200, type: 'application/json', body });
	}
	return collected;
}

describe('no role without clearance recovers or narrows a suppressed count', () => {
	it('the solver does recover counts from a leaky publication (the attack can succeed)', async () => {
		let recovered = 0;
		let tried = 0;
		let recognised = 0;
		for (const service of ['naps', ...[...unitsOf.keys()].filter((s) => s !== 'naps').slice(0, 10)]) {
			for (const truth of await truths(service)) {
				if (hiddenIn(truth, periods.slice(-SPAN)) === 0) continue;
				tried++;
				const { findings, how } = recover(leakyPublication(service, truth), service, truth);
				if (how.length > 0) recognised++;
				for (const finding of findings) expect(finding.truth).toBeGreaterThanOrEqual(finding.low);
				recovered += findings.filter((finding) => finding.how === 'recovered').length;
			}
		}
		expect(tried, 'services with hidden counts were tried').toBeGreaterThan(0);
		expect(recognised, 'the leaky series are recognised as rolling totals and rates').toBeGreaterThan(0);
		expect(recovered, 'the leaky rolling totals give hidden counts back').toBeGreaterThan(0);
	}, 120_000);

	it('the same solver, on what a cleared planner fetches from the real doors, does recover counts', async () => {
		// The planner sees true figures by design: so the doors do publish what the solver can use.
		let recovered = 0;
		const services = (await chosenServices()).slice(0, 3);
		for (const service of services) {
			const collected = await collect(PLANNER, targetsFor(service), (door) => door.template.startsWith('/api/services/'));
			for (const truth of await truths(service)) recovered += recover(collected, service, truth).findings.filter((f) => f.how === 'recovered').length;
		}
		expect(recovered, `hidden counts of ${services.join(', ')} recovered from cleared figures`).toBeGreaterThan(0);
	}, 300_000);

	it('on the default data: the service with most hidden referral counts, as every role not cleared for it', async () => {
		const service = await chosenService();
		const { inReach, recognised } = await attackService(service, rolesNotCleared(users, service));
		expect(inReach, `${service} has hidden counts in the attacked quarters`).toBeGreaterThan(0);
		expect(recognised, `published ${service} series were recognised`).toBeGreaterThan(0);
	}, 600_000);

	it('on seeded random services, as the viewer or the Toronto chief', async () => {
		const random = seeded(20261207);
		const candidates = [...unitsOf.keys()].filter((service) => service !== 'toronto' && service !== 'naps').sort();
		let inReach = 0;
		for (let round = 0; round < 2; round++) {
			const service = candidates[Math.floor(random() * candidates.length)] ?? 'naps';
			// One role per random round keeps the run short; the default-data case covers all five.
			const roles = rolesNotCleared(users, service).filter(([name]) => name === (round === 0 ? 'viewer' : 'chief-toronto'));
			inReach += (await attackService(service, roles)).inReach;
		}
		expect(inReach, 'the random services have hidden counts in the attacked quarters').toBeGreaterThan(0);
	}, 600_000);
});
