/**
 * A chief's first import of the caseload template, filled in for a quarter not stored yet: the
 * capacity carries forward from the last quarter (stated in the preview), the preview lists every
 * value before → after, and an implausible jump (NAPS referrals 8 → 720) is held until confirmed,
 * through the operations and through the API (409, then confirm_warnings=true).
 */
import type { RequestEvent } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeIssue } from '../../src/lib/i18n/import-issues';
import type { ImportActor } from '../../src/lib/domain/import/permissions';
import { templateCsv } from '../../src/lib/domain/import/template';
import { shiftPeriod, type PeriodKey } from '../../src/lib/domain/period';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { commitPreview, importFile } from '../../src/lib/server/import/operations';
import { POST as upload } from '../../src/routes/api/imports/+server';
import { POST as commit } from '../../src/routes/api/imports/[id]/commit/+server';
import { actor, body, digest, NOW } from '../fixtures/imports/support';
import { appDatabase } from './test-db';

const CASELOAD = { investigations_opened: 7, investigations_concluded: 6, charges_laid: 2, victims_identified: 1, open_backlog: 9, files_referred_project_p: 1 };

const test = appDatabase();
let chief: ImportActor;
/** The quarter reported (the one after the last stored), and the last stored one. */
let NEW: PeriodKey;
let LAST: PeriodKey;

beforeAll(async () => {
	chief = await actor(test.db, 'chief-naps', 'chief', 'naps');
	const stored = await test.db.selectFrom('ice_quarter').select('period').where('police_service_id', '=', 'naps').orderBy('period', 'desc').executeTakeFirstOrThrow();
	LAST = stored.period as PeriodKey;
	NEW = shiftPeriod(LAST, 1);
	// Known history: the four last quarters of NAPS read like the filled-in row, with 8 referrals each.
	await test.db
		.updateTable('ice_quarter')
		.set({ ...CASELOAD, referrals_received: 8 })
		.where('police_service_id', '=', 'naps')
		.where('period', 'in', [0, -1, -2, -3].map((offset) => shiftPeriod(LAST, offset)))
		.execute();
});

const quarter = (period: string) =>
	test.db.selectFrom('ice_quarter').selectAll().where('police_service_id', '=', 'naps').where('period', '=', period).executeTakeFirst();

/** The caseload template as downloaded, with one row: its own columns filled, capacity left empty. */
function filledTemplate(referrals: number): string {
	const header = templateCsv('caseload').replace('\ufeff', '').trim();
	const columns = header.split(',');
	const figures: Record<string, string> = {
		police_service_id: 'naps',
		period: NEW,
		referrals_received: String(referrals),
		...Object.fromEntries(Object.entries(CASELOAD).map(([column, value]) => [column, String(value)]))
	};
	return `${header}\r\n${columns.map((column) => figures[column] ?? '').join(',')}\r\n`;
}

describe('a chief’s first caseload import for a new quarter', () => {
	it('succeeds: capacity carried forward from the last quarter, stated in the preview, every value before → after', async () => {
		expect(NEW <= '2025-Q4').toBe(true); // still an accepted period on NOW
		const last = await quarter(LAST);
		expect(last).toBeDefined();
		expect(await quarter(NEW)).toBeUndefined();
		const preview = await importFile(test.db, body(filledTemplate(9)), { kind: 'caseload', fileName: 'naps.csv', actor: chief, dryRun: true, now: NOW });
		expect(preview.errors.map((issue) => describeIssue(issue, 'en'))).toEqual([]);
		expect(preview).toMatchObject({ status: 'preview', new: 1, warnings: [] });
		expect(preview.notices).toEqual([expect.objectContaining({ row: 2, code: 'capacity_carried_forward', params: expect.objectContaining({ from: LAST }) })]);
		expect(describeIssue(preview.notices[0]!, 'fr')).toContain(`capacité reprise de ${LAST}`);
		expect(preview.values).toContainEqual({ row: 2, key: `naps, ${NEW}`, column: 'referrals_received', before: null, after: 9 });
		expect(preview.values).toContainEqual({ row: 2, key: `naps, ${NEW}`, column: 'investigators_fte', before: null, after: last!.investigators_fte });
		expect(preview.values_total).toBe(preview.values.length);

		const done = await commitPreview(test.db, preview.id ?? -1, chief, NOW);
		expect(done).toMatchObject({ status: 'committed', new: 1 });
		const stored = await quarter(NEW);
		expect(stored).toMatchObject({
			referrals_received: 9,
			investigators_fte: last!.investigators_fte,
			forensic_examiners_fte: last!.forensic_examiners_fte,
			forensic_backlog_devices: last!.forensic_backlog_devices,
			caseload_import_id: preview.id,
			capacity_import_id: last!.capacity_import_id
		});
		// The carried capacity keeps naming where it came from.
		expect(stored!.source).toContain('capacity: illustrative');
	});
});

describe('an implausible jump', () => {
	it('is held until confirmed (8 → 720 referrals), with the value before → after in the preview', async () => {
		const preview = await importFile(test.db, body(filledTemplate(720)), { kind: 'caseload', fileName: 'naps-720.csv', actor: chief, dryRun: true, now: NOW });
		expect(preview.status).toBe('preview');
		expect(preview.warnings).toEqual([
			expect.objectContaining({ row: 2, column: 'referrals_received', value: '720', code: 'implausible_rise', params: expect.objectContaining({ median: 8, quarters: 4 }) })
		]);
		expect(preview.values).toContainEqual({ row: 2, key: `naps, ${NEW}`, column: 'referrals_received', before: 9, after: 720 });

		const before = await digest(test.db);
		const held = await commitPreview(test.db, preview.id ?? -1, chief, NOW);
		expect(held).toMatchObject({ status: 'held', id: preview.id, errors: [] });
		expect(held!.warnings).toHaveLength(1);
		expect(await digest(test.db)).toEqual(before);
		expect((await quarter(NEW))?.referrals_received).toBe(9);

		const confirmed = await commitPreview(test.db, preview.id ?? -1, chief, NOW, true);
		expect(confirmed).toMatchObject({ status: 'committed', changed: 1 });
		expect((await quarter(NEW))?.referrals_received).toBe(720);
	});

	it('is refused by the API without confirm_warnings=true (409, nothing written), then imported with it', async () => {
		const who: AuthUser = { ...chief, id: chief.id ?? 0, display_name: chief.username, credential: { kind: 'session', session_hash: 'test' } } as AuthUser;
		const call = async (handler: (event: never) => Response | Promise<Response>, path: string, params: Record<string, string> = {}, content: string | null = null) => {
			const url = new URL(path, 'http://localhost');
			const request = new Request(url, { method: 'POST', body: content, headers: { 'content-type': 'text/csv' }, ...(content ? { duplex: 'half' } : {}) } as RequestInit);
			const event = { url, request, params, locals: { locale: 'fr', user: who }, route: { id: null } } as unknown as RequestEvent;
			const response = await handler(event as never);
			return { status: response.status, json: await response.json() };
		};
		// Back to 8 a quarter, then 720 again.
		await test.db.updateTable('ice_quarter').set({ referrals_received: 8 }).where('police_service_id', '=', 'naps').where('period', '=', NEW).execute();
		const before = await digest(test.db);
		const direct = await call(upload, '/api/imports?kind=caseload&dry_run=false&file_name=naps.csv', {}, filledTemplate(720));
		expect(direct.status).toBe(409);
		expect(direct.json).toMatchObject({ status: 'held', error: { status: 409, code: 'confirmation_required' } });
		expect(direct.json.warnings[0]).toMatchObject({ row: 2, column: 'referrals_received', code: 'implausible_rise' });
		expect(direct.json.warnings[0].message).toContain('importer quand même');
		expect(await digest(test.db)).toEqual(before);

		const dry = await call(upload, '/api/imports?kind=caseload&dry_run=true&file_name=naps.csv', {}, filledTemplate(720));
		expect(dry.status).toBe(200);
		expect(dry.json.warnings).toHaveLength(1);
		const previewKept = await digest(test.db); // the dry run keeps its preview, nothing else
		expect({ ...previewKept, data_import: '' }).toEqual({ ...before, data_import: '' });
		const unconfirmed = await call(commit, `/api/imports/${dry.json.id}/commit`, { id: String(dry.json.id) });
		expect(unconfirmed.status).toBe(409);
		expect(await digest(test.db)).toEqual(previewKept);
		const bad = await call(commit, `/api/imports/${dry.json.id}/commit?confirm_warnings=yes`, { id: String(dry.json.id) });
		expect(bad.status).toBe(400);
		const confirmed = await call(commit, `/api/imports/${dry.json.id}/commit?confirm_warnings=true`, { id: String(dry.json.id) });
		expect(confirmed.status).toBe(200);
		expect(confirmed.json).toMatchObject({ status: 'committed', changed: 1 });
		expect((await quarter(NEW))?.referrals_received).toBe(720);
	});
});
