/**
 * The planner's gap-threshold form (/gaps/thresholds): a valid edit is saved with its audit entry
 * (before and after) in one transaction and changes the gaps at once; an invalid one saves nothing,
 * keeps what was typed and names each wrong field in both languages.
 */
import { isActionFailure, type RequestEvent } from '@sveltejs/kit';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, NOBODY_CLEARED, type CoverageThresholds } from '../../src/lib/domain/coverage';
import { toAuthUser, type AuthUser } from '../../src/lib/server/auth/user';
import { coverageFor } from '../../src/lib/server/coverage';
import * as settings from '../../src/lib/server/queries/settings';
import { saveThresholds } from '../../src/lib/server/services/thresholds';
import { appDatabase } from './test-db';
import { createUser, fakeEvent } from './auth-support';

const test = appDatabase();
let planner: AuthUser;

function formBody(values: Partial<Record<keyof CoverageThresholds, string>>): string {
	const typed = { ...Object.fromEntries(Object.entries(DEFAULT_THRESHOLDS).map(([key, value]) => [key, String(value)])), ...values };
	return new URLSearchParams(typed).toString();
}

async function submit(body: string, locale: 'en' | 'fr' = 'en') {
	const { actions } = await import('../../src/routes/gaps/thresholds/+page.server');
	const event: RequestEvent = fakeEvent({
		routeId: '/gaps/thresholds',
		path: '/gaps/thresholds',
		method: 'POST',
		body,
		headers: { 'content-type': 'application/x-www-form-urlencoded' }
	});
	event.locals.user = planner;
	event.locals.locale = locale;
	const action = actions.default;
	if (!action) throw new Error('no default action');
	return action(event as Parameters<typeof action>[0]);
}

async function auditEntries() {
	return test.db.selectFrom('audit_log').select(['actor', 'action', 'entity_id', 'before', 'after']).where('action', '=', 'setting.update').orderBy('id').execute();
}

beforeAll(async () => {
	const row = await createUser(test.db, 'thresholds-planner', 'planner');
	planner = toAuthUser(row, { kind: 'session', session_hash: 'test' });
});

describe('editing the gap thresholds', () => {
	it('refuses an invalid edit, keeps what was typed and names each field, saving nothing', async () => {
		const result = await submit(formBody({ distance_km: 'far', referrals_overloaded_per_investigator: '0.5', backlog_growth_quarters: '150' }));
		if (!isActionFailure(result) || !result.data) throw new Error('expected a failure');
		const { typed, errors } = result.data as { typed: Record<string, string>; errors: Partial<Record<string, { en: string; fr: string }>> };
		expect(result.status).toBe(400);
		expect(typed).toMatchObject({ distance_km: 'far', referrals_overloaded_per_investigator: '0.5', backlog_growth_quarters: '150' });
		expect(Object.keys(errors).sort()).toEqual(['backlog_growth_quarters', 'distance_km', 'referrals_overloaded_per_investigator']);
		expect(errors.backlog_growth_quarters?.en).toContain('at most 20');
		expect(errors.backlog_growth_quarters?.fr).toContain('au plus 20');
		expect(errors.distance_km?.en).toContain('must be a number');
		expect(await settings.coverageThresholds(test.db)).toEqual({ ...DEFAULT_THRESHOLDS });
		expect(await auditEntries()).toEqual([]);
	});

	it('reads French decimals as a French reader types them', async () => {
		const result = await submit(formBody({ referrals_stretched_per_investigator: '112,5' }), 'fr');
		expect(isActionFailure(result)).toBe(false);
		expect((await settings.coverageThresholds(test.db)).referrals_stretched_per_investigator).toBe(112.5);
	});

	it('saves a valid edit with its audit entry, before and after, and the gaps change at once', async () => {
		const before = await settings.coverageThresholds(test.db);
		const farBefore = (await coverageFor(test.db, '2025-Q2', NOBODY_CLEARED)).communities.filter((c) =>
			c.reasons.some((reason) => reason.code === 'far_from_base')
		);
		expect(farBefore.length).toBeGreaterThan(0);

		const result = await submit(formBody({ distance_km: '5000', referrals_stretched_per_investigator: '112.5' }));
		expect(result).toMatchObject({ saved: true });
		const after = await settings.coverageThresholds(test.db);
		expect(after).toEqual({ ...DEFAULT_THRESHOLDS, distance_km: 5000, referrals_stretched_per_investigator: 112.5 });
		const entry = (await auditEntries()).at(-1);
		expect(entry).toMatchObject({ actor: 'thresholds-planner', entity_id: 'coverage_thresholds', before, after });

		const farAfter = (await coverageFor(test.db, '2025-Q2', NOBODY_CLEARED)).communities.filter((c) =>
			c.reasons.some((reason) => reason.code === 'far_from_base')
		);
		expect(farAfter).toEqual([]);
	});

	it('writes neither the change nor the entry when the audit entry cannot be written', async () => {
		const stored = await settings.coverageThresholds(test.db);
		const entries = (await auditEntries()).length;
		await sql`create function reject_audit() returns trigger language plpgsql as $$ begin raise exception 'audit unavailable'; end $$`.execute(test.db);
		await sql`create trigger reject_audit before insert on audit_log for each row execute function reject_audit()`.execute(test.db);
		try {
			await expect(saveThresholds(test.db, { ...stored, distance_km: 42 }, { actor: planner, client_address: null, now: new Date() })).rejects.toThrow(
				'audit unavailable'
			);
		} finally {
			await sql`drop trigger reject_audit on audit_log`.execute(test.db);
			await sql`drop function reject_audit()`.execute(test.db);
		}
		expect(await settings.coverageThresholds(test.db)).toEqual(stored);
		expect(await auditEntries()).toHaveLength(entries);
	});
});
