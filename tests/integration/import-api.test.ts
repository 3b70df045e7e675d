/**
 * The import API through its route handlers (the route policy itself is tested by the
 * authorisation matrix): raw and multipart bodies, CSV and XLSX, the report and 422 shapes, the
 * 10 MB cap (413) with no temporary file left, 415, history, commit of a preview, rollback and
 * templates, and the server-side permission checks.
 */
import { readdirSync } from 'node:fs';
import os from 'node:os';
import ExcelJS from 'exceljs';
import type { RequestEvent } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../src/lib/i18n/locale';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { GET as history, POST as upload } from '../../src/routes/api/imports/+server';
import { POST as commit } from '../../src/routes/api/imports/[id]/commit/+server';
import { POST as rollback } from '../../src/routes/api/imports/[id]/rollback/+server';
import { GET as template } from '../../src/routes/api/imports/templates/[kind].csv/+server';
import { actor, digest, fixture } from '../fixtures/imports/support';
import { appDatabase } from './test-db';
import type { Role } from '../../src/lib/domain/vocabulary';

const test = appDatabase();
const users: Record<string, AuthUser> = {};

async function user(username: string, role: Role, service: string | null = null): Promise<AuthUser> {
	const row = await actor(test.db, username, role, service);
	return { ...row, id: row.id ?? 0, display_name: username, credential: { kind: 'session', session_hash: 'test' } };
}

beforeAll(async () => {
	users.planner = await user('planner-api', 'planner');
	users.chief = await user('chief-api', 'chief', 'toronto');
	users.viewer = await user('viewer-api', 'viewer');
});

interface Call {
	path: string;
	method?: string;
	body?: BodyInit | Buffer | null;
	headers?: Record<string, string>;
	params?: Record<string, string>;
	who?: AuthUser | null;
	locale?: Locale;
}

function event({ path, method = 'POST', body = null, headers = {}, params = {}, who = users.planner ?? null, locale = 'en' }: Call): RequestEvent {
	const url = new URL(path, 'http://localhost');
	const init = Buffer.isBuffer(body) ? new Uint8Array(body) : body;
	const request = new Request(url, { method, body: init, headers, ...(init ? { duplex: 'half' } : {}) } as RequestInit);
	return { url, request, params, locals: { locale, user: who }, route: { id: null } } as unknown as RequestEvent;
}

async function answer(handler: (event: never) => Response | Promise<Response>, call: Call) {
	const response = await handler(event(call) as never);
	// Decoded by hand: Response.text() would drop a byte-order mark.
	const text = Buffer.from(await response.arrayBuffer()).toString('utf8');
	return { status: response.status, headers: response.headers, text, json: response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : null };
}

const csv = { 'content-type': 'text/csv' };

describe('POST /api/imports', () => {
	it('answers a dry run with the report and keeps a preview that /commit imports', async () => {
		const dry = await answer(upload, { path: '/api/imports?kind=caseload&dry_run=true&file_name=q1.csv', body: fixture('caseload-good.csv'), headers: csv });
		expect(dry.status).toBe(200);
		expect(dry.json).toMatchObject({ status: 'preview', kind: 'caseload', file_name: 'q1.csv', format: 'csv', rows: 3, new: 0, changed: 3, unchanged: 0, errors: [] });
		expect(dry.json.id).toBeTypeOf('number');
		const done = await answer(commit, { path: `/api/imports/${dry.json.id}/commit`, params: { id: String(dry.json.id) } });
		expect(done.json).toMatchObject({ status: 'committed', id: dry.json.id, changed: 3 });
		expect((await answer(commit, { path: '/x', params: { id: String(dry.json.id) } })).status).toBe(404);
	});

	it('answers 422 with every error, in the reader’s language, and writes nothing', async () => {
		const before = await digest(test.db);
		const bad = await answer(upload, { path: '/api/imports?kind=caseload&dry_run=false', body: fixture('caseload-bad.csv'), headers: csv, locale: 'fr' });
		expect(bad.status).toBe(422);
		expect(bad.json).toMatchObject({ id: null, status: 'rejected', rows: 6, error: { status: 422, code: 'unprocessable' } });
		expect(bad.json.errors).toHaveLength(9);
		expect(bad.json.errors[0]).toEqual({
			row: 2,
			column: 'referrals_received',
			value: '12a',
			code: 'not_whole_number',
			message: 'ligne 2, colonne referrals_received : « 12a » n’est pas un nombre entier'
		});
		expect(await digest(test.db)).toEqual(before);
	});

	it('takes the file from a multipart form field and an XLSX body', async () => {
		const form = new FormData();
		form.append('file', new Blob([new Uint8Array(fixture('funding-good.csv'))], { type: 'text/csv' }), 'funding 2024.csv');
		const multipart = await answer(upload, { path: '/api/imports?kind=funding&dry_run=true', body: form });
		expect(multipart.json).toMatchObject({ status: 'preview', file_name: 'funding 2024.csv', rows: 3 });

		const book = new ExcelJS.Workbook();
		book.addWorksheet('Data').addRows([['csduid', 'children'], ['3520005', 540000]]);
		const xlsx = await answer(upload, {
			path: '/api/imports?kind=children&dry_run=false',
			body: Buffer.from(await book.xlsx.writeBuffer()),
			headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'content-disposition': 'attachment; filename="enfants.xlsx"' }
		});
		expect(xlsx.json).toMatchObject({ status: 'committed', format: 'xlsx', file_name: 'enfants.xlsx', changed: 1 });
	});

	it('refuses a file over 10 MB with a clear 413, without reading it all and without leaving temporary files', async () => {
		const temporary = new Set(readdirSync(os.tmpdir()));
		const header = 'police_service_id,period,referrals_received\n';
		const big = Buffer.alloc(10 * 1024 * 1024 + 1, 'x');
		const streamed = new ReadableStream<Uint8Array>({
			start(controller) {
				controller.enqueue(Buffer.from(header));
				for (let start = 0; start < big.length; start += 1 << 20) controller.enqueue(big.subarray(start, start + (1 << 20)));
				controller.close();
			}
		});
		const tooBig = await answer(upload, { path: '/api/imports?kind=caseload', body: streamed, headers: csv });
		expect(tooBig.status).toBe(413);
		expect(tooBig.json.error).toMatchObject({ status: 413, code: 'payload_too_large', message: 'The file is larger than the 10 MB limit. Split it into smaller files.' });
		const declared = await answer(upload, { path: '/api/imports?kind=caseload', body: 'x', headers: { ...csv, 'content-length': String(20 * 1024 * 1024) } });
		expect(declared.status).toBe(413);
		// Only this process's files count: other programs share the temporary folder. `tmp-<pid>-` is
		// how exceljs's `tmp` dependency names the files its streaming reader spills.
		expect(readdirSync(os.tmpdir()).filter((name) => !temporary.has(name) && name.startsWith(`tmp-${process.pid}-`))).toEqual([]);
	});

	it('answers 415 for other types, 400 for a bad kind or no file', async () => {
		expect((await answer(upload, { path: '/api/imports?kind=caseload', body: '{}', headers: { 'content-type': 'application/json' } })).status).toBe(415);
		const badKind = await answer(upload, { path: '/api/imports?kind=salaries', body: 'x', headers: csv });
		expect(badKind.status).toBe(400);
		expect(badKind.json.error.parameter).toBe('kind');
		const form = new FormData();
		form.append('other', 'x');
		expect((await answer(upload, { path: '/api/imports?kind=caseload', body: form })).json.error.parameter).toBe('file');
	});

	it('checks permissions on the server: viewers 403, chiefs only their own capacity and caseload', async () => {
		expect((await answer(upload, { path: '/api/imports?kind=caseload', body: 'x', headers: csv, who: users.viewer })).status).toBe(403);
		expect((await answer(upload, { path: '/api/imports?kind=funding', body: 'x', headers: csv, who: users.chief })).status).toBe(403);
		const other = await answer(upload, { path: '/api/imports?kind=capacity&dry_run=false', body: fixture('capacity-two-services.csv'), headers: csv, who: users.chief });
		expect(other.status).toBe(422);
		expect(other.json.errors.map((e: { message: string }) => e.message)).toEqual([
			"row 3, column police_service_id: 'york' is another police service: you may import only toronto's figures"
		]);
		expect((await answer(history, { path: '/api/imports', method: 'GET', who: users.viewer })).status).toBe(403);
		expect((await answer(history, { path: '/api/imports', method: 'GET', who: null })).status).toBe(401);
	});
});

describe('history, rollback and templates', () => {
	it('lists imports newest first; a chief sees only their service’s', async () => {
		const all = await answer(history, { path: '/api/imports', method: 'GET' });
		expect(all.json.count).toBeGreaterThanOrEqual(2);
		expect(all.json.data[0]).toMatchObject({ kind: 'children', status: 'committed', imported_by: 'planner-api', format: 'xlsx' });
		expect(all.json.data[0].checksum).toMatch(/^[0-9a-f]{64}$/);
		const chief = await answer(history, { path: '/api/imports', method: 'GET', who: users.chief });
		expect(chief.json.data).toEqual([]);
	});

	it('rolls back once, then answers 409; unknown ids 404; chiefs 403 on others’ imports', async () => {
		const latest = (await answer(history, { path: '/api/imports', method: 'GET' })).json.data[0].id as number;
		expect((await answer(rollback, { path: '/x', params: { id: String(latest) }, who: users.chief })).status).toBe(403);
		const done = await answer(rollback, { path: '/x', params: { id: String(latest) } });
		expect(done.json).toEqual({ data: { id: latest, status: 'rolled_back', restored: 1 } });
		const again = await answer(rollback, { path: '/x', params: { id: String(latest) } });
		expect(again.status).toBe(409);
		expect((await answer(rollback, { path: '/x', params: { id: '424242' } })).status).toBe(404);
		expect((await answer(rollback, { path: '/x', params: { id: 'abc' } })).status).toBe(400);
	});

	it('serves each template with a BOM and English headers, and 404 for an unknown kind', async () => {
		const capacity = await answer(template, { path: '/x', method: 'GET', params: { kind: 'capacity' } });
		expect(capacity.status).toBe(200);
		expect(capacity.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(capacity.headers.get('content-disposition')).toBe('attachment; filename="atlas-import-capacity.csv"');
		expect(capacity.text).toBe(
			'\ufeffpolice_service_id,period,investigators_fte,forensic_examiners_fte,forensic_backlog_devices,referrals_received,investigations_opened,investigations_concluded,charges_laid,victims_identified,open_backlog,files_referred_project_p\r\n'
		);
		expect((await answer(template, { path: '/x', method: 'GET', params: { kind: 'secrets' } })).status).toBe(404);
	});
});
