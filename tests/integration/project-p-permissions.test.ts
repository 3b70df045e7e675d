/**
 * The fine-grained Project P rules the route policy cannot see (the routes carry no service id), checked
 * in the pages' own server code: a chief files for, and sees, their own service's communities only.
 */
import { isActionFailure, isHttpError, isRedirect, type RequestEvent } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { createUser } from './auth-support';
import { appDatabase } from './test-db';
import type { Role } from '../../src/lib/domain/vocabulary';

const PIKANGIKUM = '3560077'; // policed by NAPS

const test = appDatabase();
let chiefNaps: AuthUser;
let chiefToronto: AuthUser;

async function user(username: string, role: Role, service: string | null = null): Promise<AuthUser> {
	const row = await createUser(test.db, username, role, service);
	return { id: row.id, username, display_name: username, role, police_service_id: service, credential: { kind: 'session', session_hash: 'test' } };
}

function event(as: AuthUser, path: string, options: { form?: Record<string, string>; params?: Record<string, string> } = {}): RequestEvent {
	const url = new URL(path, 'http://localhost');
	const body = options.form ? new URLSearchParams(options.form) : undefined;
	const request = new Request(url, { method: body ? 'POST' : 'GET', body, headers: body ? { 'content-type': 'application/x-www-form-urlencoded' } : {} });
	return { url, request, params: options.params ?? {}, locals: { locale: 'en', user: as }, route: { id: null }, getClientAddress: () => '192.0.2.9' } as unknown as RequestEvent;
}

/** The draft page's only form action. */
async function fileAction() {
	const { actions } = await import('../../src/routes/project-p/requests/new/+page.server');
	const file = actions.default;
	if (!file) throw new Error('the draft page has no default action');
	return file;
}

const form = { csduid: PIKANGIKUM, kind: 'forensic_examination', urgency: 'routine', expected_fte_weeks: '', description: 'Devices awaiting examination.' };

beforeAll(async () => {
	chiefNaps = await user('perm-chief-naps', 'chief', 'naps');
	chiefToronto = await user('perm-chief-toronto', 'chief', 'toronto');
});

describe('a chief of another service', () => {
	it('is told on the draft page that they cannot file for that community', async () => {
		const { load } = await import('../../src/routes/project-p/requests/new/+page.server');
		const data = (await load(event(chiefToronto, `/project-p/requests/new?csduid=${PIKANGIKUM}`) as never)) as { step: string; allowed?: boolean };
		expect(data).toMatchObject({ step: 'form', allowed: false });
		const own = (await load(event(chiefNaps, `/project-p/requests/new?csduid=${PIKANGIKUM}`) as never)) as { allowed?: boolean; draft?: { description: string } };
		expect(own.allowed).toBe(true);
		expect(own.draft?.description).toContain('Coverage flag');
	});

	it('cannot file through the form either: 403, nothing written', async () => {
		const file = await fileAction();
		const before = await test.db.selectFrom('project_p_request').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
		const result = await file(event(chiefToronto, '/project-p/requests/new', { form }) as never);
		expect(isActionFailure(result) && result.status).toBe(403);
		const after = await test.db.selectFrom('project_p_request').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
		expect(after.n).toEqual(before.n);
	});

	it('does not see the other service’s request page (404), while its own chief does', async () => {
		const file = await fileAction();
		let location = '';
		try {
			await file(event(chiefNaps, '/project-p/requests/new', { form }) as never);
		} catch (thrown) {
			if (!isRedirect(thrown)) throw thrown;
			location = thrown.location;
		}
		const id = /\/project-p\/requests\/(\d+)\?filed=1$/.exec(location)?.[1];
		expect(id).toBeDefined();
		const { load } = await import('../../src/routes/project-p/requests/[id]/+page.server');
		const own = (await load(event(chiefNaps, `/project-p/requests/${id}`, { params: { id: id ?? '' } }) as never)) as { request: { csduid: string }; next: unknown[] };
		expect(own.request.csduid).toBe(PIKANGIKUM);
		expect(own.next).toEqual([]);
		await expect(load(event(chiefToronto, `/project-p/requests/${id}`, { params: { id: id ?? '' } }) as never)).rejects.toSatisfy((e: unknown) => isHttpError(e) && e.status === 404);
	});
});
