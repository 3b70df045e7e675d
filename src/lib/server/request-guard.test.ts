import { isHttpError, type RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { guardRequest, MAX_JSON_BYTES } from './request-guard';

interface Fake {
	path: string;
	method?: string;
	headers?: Record<string, string>;
	body?: BodyInit;
	params?: Record<string, string>;
	routeId?: string;
}

function event({ path, method = 'GET', headers = {}, body, params = {}, routeId = '/api/x' }: Fake) {
	const url = new URL(path, 'http://atlas.test:3000');
	const request = new Request(url, { method, headers, body, ...(body instanceof ReadableStream ? { duplex: 'half' } : {}) } as RequestInit);
	return { url, request, params, route: { id: routeId } } as unknown as Pick<RequestEvent, 'request' | 'url' | 'params' | 'route'>;
}

async function answer(fake: Fake): Promise<{ status: number; body: { error?: { message: string; parameter?: string } } } | null> {
	const response = await guardRequest(event(fake));
	return response ? { status: response.status, body: await response.json() } : null;
}

async function thrown(fake: Fake): Promise<{ status: number; message: string }> {
	try {
		await guardRequest(event(fake));
	} catch (caught) {
		if (isHttpError(caught)) return { status: caught.status, message: caught.body.message };
		throw caught;
	}
	throw new Error('nothing was thrown');
}

const JSON_POST = { method: 'POST', headers: { 'content-type': 'application/json' } };

describe('text hygiene at the door', () => {
	it('refuses a NUL in a query parameter with 400 naming it', async () => {
		const refused = await answer({ path: '/api/communities?q=ok&csduid=%00' });
		expect(refused?.status).toBe(400);
		expect(refused?.body.error?.parameter).toBe('csduid');
		expect(refused?.body.error?.message).toContain('NUL');
	});

	it('refuses a NUL in a page query (the search box) with a 400 error page naming the field', async () => {
		expect(await thrown({ path: '/communities?q=a%00b', routeId: '/communities' })).toEqual({ status: 400, message: expect.stringContaining('q:') });
	});

	it('refuses an unpaired surrogate in a JSON string with 422 naming its path', async () => {
		const refused = await answer({ path: '/api/project-p/requests', ...JSON_POST, body: '{"csduid":"3520005","description":"help \\ud800"}' });
		expect(refused?.status).toBe(422);
		expect(refused?.body.error?.parameter).toBe('description');
	});

	it('refuses a NUL in a form field (a decline reason) with 422 naming it', async () => {
		const form = new URLSearchParams({ reason: 'no\u0000capacity' });
		const headers = { 'content-type': 'application/x-www-form-urlencoded' };
		expect(await thrown({ path: '/project-p/requests/1?/decline', method: 'POST', headers, body: form, routeId: '/project-p/requests/[id]' })).toEqual({
			status: 422,
			message: expect.stringContaining('reason:')
		});
	});

	it('refuses a NUL in a multipart form field outside the import upload', async () => {
		const form = new FormData();
		form.set('name', 'Scenario\u0000');
		expect((await thrown({ path: '/allocations/new', method: 'POST', body: form, routeId: '/allocations/new' })).status).toBe(422);
	});

	it('lets clean text through, and leaves the body for the route to read', async () => {
		const fake = event({ path: '/api/session?lang=fr', ...JSON_POST, body: '{"username":"planner","password":"é😀"}' });
		expect(await guardRequest(fake)).toBeNull();
		expect(await fake.request.json()).toEqual({ username: 'planner', password: 'é😀' });
	});
});

describe('body limits', () => {
	it('answers a 20 MB JSON body with 413 naming the limit, not "not valid JSON"', async () => {
		const body = `{"x":"${'a'.repeat(20 * 1024 * 1024)}"}`;
		const refused = await answer({ path: '/api/allocations/compute', ...JSON_POST, body });
		expect(refused?.status).toBe(413);
		expect(refused?.body.error?.message).toContain(`${MAX_JSON_BYTES} bytes`);
	});

	it('counts the bytes of a body sent without a length', async () => {
		const chunk = new TextEncoder().encode('a'.repeat(64 * 1024));
		let sent = 0;
		const stream = new ReadableStream<Uint8Array>({
			pull(controller) {
				sent += 1;
				if (sent > 40) controller.close();
				else controller.enqueue(chunk);
			}
		});
		const refused = await answer({ path: '/api/tokens', ...JSON_POST, body: stream });
		expect(refused?.status).toBe(413);
		expect(sent).toBeLessThan(40);
	});

	it('caps a multipart form sent without a length', async () => {
		const part = new TextEncoder().encode(`--b\r\ncontent-disposition: form-data; name="name"\r\n\r\n${'a'.repeat(2 * 1024 * 1024)}\r\n--b--\r\n`);
		const stream = new ReadableStream<Uint8Array>({
			start(controller) {
				controller.enqueue(part);
				controller.close();
			}
		});
		const headers = { 'content-type': 'multipart/form-data; boundary=b' };
		const refused = await thrown({ path: '/allocations/new', method: 'POST', headers, body: stream, routeId: '/allocations/new' });
		expect(refused.status).toBe(413);
	});

	it('leaves import uploads to the import cap', async () => {
		const form = new FormData();
		form.set('file', new File(['x'.repeat(2 * 1024 * 1024)], 'big.csv'));
		expect(await guardRequest(event({ path: '/api/imports?kind=caseload', method: 'POST', body: form }))).toBeNull();
	});
});

describe('the Origin of state-changing API requests with cookies', () => {
	const cookie = { cookie: 'atlas_session=abc' };

	it('refuses a foreign or null Origin with 403 JSON', async () => {
		for (const origin of ['https://evil.example', 'null']) {
			const refused = await answer({ path: '/api/tokens', ...JSON_POST, headers: { ...JSON_POST.headers, ...cookie, origin }, body: '{}' });
			expect(refused?.status).toBe(403);
			expect(refused?.body.error?.message).toContain(origin);
		}
	});

	it('refuses a cross-site fetch that hides its Origin', async () => {
		const headers = { ...JSON_POST.headers, ...cookie, 'sec-fetch-site': 'cross-site' };
		expect((await answer({ path: '/api/tokens', ...JSON_POST, headers, body: '{}' }))?.status).toBe(403);
	});

	it('accepts the request’s own origin, whatever address the server is reached by', async () => {
		const headers = { ...JSON_POST.headers, ...cookie, origin: 'http://atlas.test:3000' };
		expect(await guardRequest(event({ path: '/api/tokens', ...JSON_POST, headers, body: '{}' }))).toBeNull();
	});

	it('does not check bearer-token requests without cookies, nor reads', async () => {
		const bearer = { ...JSON_POST.headers, authorization: 'Bearer atlas_x', origin: 'https://evil.example' };
		expect(await guardRequest(event({ path: '/api/tokens', ...JSON_POST, headers: bearer, body: '{}' }))).toBeNull();
		expect(await guardRequest(event({ path: '/api/gaps', headers: { ...cookie, origin: 'null' } }))).toBeNull();
	});
});
