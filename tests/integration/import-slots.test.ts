/**
 * At most two imports are checked at once; a third is answered 429 with Retry-After straight
 * away, before its body has arrived, and the slots come back when the first imports end.
 */
import type { RequestEvent } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { importsParsing, MAX_PARSING_IMPORTS } from '../../src/lib/server/import/parse-slots';
import { POST as upload } from '../../src/routes/api/imports/+server';
import { actor, fixture } from '../fixtures/imports/support';
import { appDatabase } from './test-db';

const test = appDatabase();
let planner: AuthUser;

beforeAll(async () => {
	const row = await actor(test.db, 'planner-slots', 'planner', null);
	planner = { ...row, id: row.id ?? 0, display_name: 'planner-slots', credential: { kind: 'session', session_hash: 'test' } };
});

function post(body: ReadableStream<Uint8Array> | Uint8Array): Promise<Response> {
	const url = new URL('/api/imports?kind=caseload&dry_run=true&file_name=q1.csv', 'http://localhost');
	const request = new Request(url, { method: 'POST', body, headers: { 'content-type': 'text/csv' }, duplex: 'half' } as RequestInit);
	return upload({ url, request, params: {}, locals: { locale: 'en', user: planner }, route: { id: null } } as unknown as RequestEvent as never) as Promise<Response>;
}

/** An upload whose bytes arrive only when `finish` is called, as over a slow connection. */
function slowUpload(content: Buffer): { body: ReadableStream<Uint8Array>; finish: () => void } {
	let finish = () => {};
	const gate = new Promise<void>((resolve) => (finish = resolve));
	const body = new ReadableStream<Uint8Array>({
		async pull(controller) {
			await gate;
			controller.enqueue(new Uint8Array(content));
			controller.close();
		}
	});
	return { body, finish };
}

async function until(condition: () => boolean): Promise<void> {
	for (let tries = 0; tries < 200 && !condition(); tries += 1) await new Promise((resolve) => setTimeout(resolve, 25));
}

describe('import parsing slots', () => {
	it('answers a third simultaneous import 429 with Retry-After, and frees the slots after', async () => {
		const content = fixture('caseload-good.csv');
		const first = slowUpload(content);
		const second = slowUpload(content);
		const third = slowUpload(content);
		const running = [post(first.body), post(second.body)];
		await until(() => importsParsing() === MAX_PARSING_IMPORTS);
		expect(importsParsing()).toBe(2);

		const refused = await post(third.body);
		expect(refused.status).toBe(429);
		expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
		expect((await refused.json()).error.code).toBe('too_many_requests');
		// Answered while its bytes have not even arrived: the refusal does not wait for the body.

		first.finish();
		second.finish();
		expect((await Promise.all(running)).map((response) => response.status)).toEqual([200, 200]);
		expect(importsParsing()).toBe(0);
		expect((await post(new Uint8Array(content))).status).toBe(200);
	}, 30_000);
});
