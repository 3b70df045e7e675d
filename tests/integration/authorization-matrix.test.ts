/**
 * The authorisation matrix: every route under src/routes (found on disk, so routes added later
 * are included) × every method it exports and every form action × every kind of requester, driven
 * through the same code the handle hook runs (src/lib/server/auth/handle.ts), against an explicit
 * table of what each may do. A route missing from the policy, or from the table below, fails with
 * its name: add its line to src/lib/server/policy.ts and its expected row here.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isHttpError, isRedirect } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorizeAndResolve } from '../../src/lib/server/auth/handle';
import * as tokens from '../../src/lib/server/auth/tokens';
import { HTTP_METHODS, ruleFor } from '../../src/lib/server/policy';
import { createTestDatabase, type TestDatabase } from './test-db';
import { createUser, fakeEvent, signIn } from './auth-support';

type Who = 'anonymous' | 'viewer' | 'planner' | 'chief_own' | 'chief_other' | 'opp_region' | 'project_p' | 'admin';
const WHO: readonly Who[] = ['anonymous', 'viewer', 'planner', 'chief_own', 'chief_other', 'opp_region', 'project_p', 'admin'];
const EVERYONE = WHO;
const SIGNED_IN = WHO.filter((who) => who !== 'anonymous');
const ADMIN: readonly Who[] = ['admin'];
const PLANNER_ADMIN: readonly Who[] = ['planner', 'admin'];
const PLANNER: readonly Who[] = ['planner'];
const COORDINATOR: readonly Who[] = ['project_p'];
const FILERS: readonly Who[] = ['project_p', 'chief_own', 'chief_other', 'opp_region'];
const REQUEST_READERS: readonly Who[] = ['project_p', 'chief_own', 'chief_other', 'opp_region', 'planner'];
const OPP_REGION: readonly Who[] = ['opp_region'];
const ROSTER_READERS: readonly Who[] = ['project_p', 'planner'];
const PLANNER_CHIEFS: readonly Who[] = ['planner', 'chief_own', 'chief_other'];

/**
 * What each requester may do, by route id and operation ('GET', 'DELETE', 'action create', ...).
 * Written by hand, independently of policy.ts, so a slip in either shows here.
 */
const EXPECTED: Record<string, Record<string, readonly Who[]>> = {
	'/login': { GET: EVERYONE, 'action default': EVERYONE },
	'/logout': { POST: EVERYONE },
	'/api/session': { GET: SIGNED_IN, POST: EVERYONE, DELETE: EVERYONE },
	'/api/health': { GET: EVERYONE },
	'/api/openapi.json': { GET: EVERYONE },
	'/about/data': { GET: EVERYONE },
	'/(atlas)': { GET: SIGNED_IN },
	'/communities': { GET: SIGNED_IN },
	'/communities/[csduid=csduid]': { GET: SIGNED_IN },
	'/services': { GET: SIGNED_IN },
	'/services/[id=service]': { GET: SIGNED_IN },
	'/gaps': { GET: SIGNED_IN },
	'/api/communities': { GET: SIGNED_IN },
	'/api/communities/[csduid]': { GET: SIGNED_IN },
	'/api/communities/[csduid]/metrics': { GET: SIGNED_IN },
	'/api/services': { GET: SIGNED_IN },
	'/api/services/[id]': { GET: SIGNED_IN },
	'/api/services/[id]/metrics': { GET: SIGNED_IN },
	'/api/gaps': { GET: SIGNED_IN },
	'/api/metrics': { GET: SIGNED_IN },
	'/api/baselines': { GET: SIGNED_IN },
	'/gaps/export.csv': { GET: SIGNED_IN },
	'/gaps/thresholds': { GET: PLANNER, 'action default': PLANNER },
	'/export/atlas.csv': { GET: SIGNED_IN },
	'/compare': { GET: SIGNED_IN },
	'/compare/[service=service]': { GET: SIGNED_IN },
	'/compare/[service=service]/comparison.csv': { GET: SIGNED_IN },
	'/compare/side-by-side': { GET: SIGNED_IN },
	'/api/services/[id]/peers': { GET: SIGNED_IN },
	'/api/compare': { GET: SIGNED_IN },
	'/imports': { GET: PLANNER_CHIEFS, 'action preview': PLANNER_CHIEFS, 'action commit': PLANNER_CHIEFS, 'action rollback': PLANNER_CHIEFS },
	'/imports/dictionary': { GET: SIGNED_IN },
	'/api/imports': { GET: PLANNER_CHIEFS, POST: PLANNER_CHIEFS },
	'/api/imports/[id]/commit': { POST: PLANNER_CHIEFS },
	'/api/imports/[id]/rollback': { POST: PLANNER_CHIEFS },
	'/api/imports/templates/[kind].csv': { GET: SIGNED_IN },
	'/admin/users': {
		GET: ADMIN,
		'action create': ADMIN,
		'action update': ADMIN,
		'action resetPassword': ADMIN,
		'action disable': ADMIN,
		'action enable': ADMIN
	},
	'/allocations': { GET: PLANNER },
	'/allocations/new': { GET: PLANNER, 'action default': PLANNER },
	'/allocations/compare': { GET: PLANNER },
	'/allocations/[id]': {
		GET: PLANNER,
		'action save': PLANNER,
		'action rename': PLANNER,
		'action duplicate': PLANNER,
		'action delete': PLANNER,
		'action approve': PLANNER
	},
	'/allocations/[id]/export.csv': { GET: PLANNER },
	'/allocations/[id]/briefing': { GET: PLANNER },
	'/api/allocations': { GET: PLANNER, POST: PLANNER },
	'/api/allocations/compute': { POST: PLANNER },
	'/api/allocations/[id]': { GET: PLANNER },
	// Project P: a chief of any service passes the policy; which requests and communities are theirs is checked by the
	// routes themselves (tests/integration/project-p-permissions.test.ts).
	'/project-p': { GET: REQUEST_READERS },
	'/project-p/roster': { GET: ROSTER_READERS },
	'/project-p/requests/new': { GET: FILERS, 'action default': FILERS },
	'/project-p/requests/[id]': {
		GET: REQUEST_READERS,
		'action triage': COORDINATOR,
		'action decline': COORDINATOR,
		'action assign': COORDINATOR,
		'action start': COORDINATOR,
		'action close': COORDINATOR
	},
	'/api/project-p/requests': { GET: REQUEST_READERS, POST: FILERS },
	'/api/project-p/requests/[id]': { GET: REQUEST_READERS, PATCH: COORDINATOR },
	'/api/project-p/roster': { GET: ROSTER_READERS },
	'/opp/region': { GET: OPP_REGION },
	'/streams': { GET: SIGNED_IN },
	'/streams/prevention': { GET: SIGNED_IN },
	'/streams/prevention/export.csv': { GET: SIGNED_IN },
	'/streams/training': { GET: SIGNED_IN },
	'/streams/training/export.csv': { GET: SIGNED_IN },
	'/streams/registry': { GET: PLANNER },
	'/streams/registry/export.csv': { GET: PLANNER },
	'/api/streams/prevention': { GET: SIGNED_IN },
	'/api/streams/training': { GET: SIGNED_IN },
	'/api/streams/registry': { GET: PLANNER },
	'/audit': { GET: PLANNER_ADMIN },
	'/api/tokens': { GET: SIGNED_IN, POST: SIGNED_IN },
	'/api/tokens/[id]': { DELETE: SIGNED_IN }
};
/** Routes an API token may not use even with the write scope (it must not mint tokens). */
const SESSION_ONLY_ROUTES = new Set(['/api/tokens', '/api/tokens/[id]']);

/** Sample values for route parameters; a chief's "own" service is the one in the URL. */
const OWN_SERVICE = 'toronto';
const OTHER_SERVICE = 'naps';
const PARAM_SAMPLES: Record<string, string> = { csduid: '3520005', id: OWN_SERVICE, service: OWN_SERVICE };
const ROUTE_PARAM_SAMPLES: Record<string, Record<string, string>> = { '/api/tokens/[id]': { id: '1' } };

interface Operation {
	label: string;
	method: string;
	action: string | null;
}
interface DiskRoute {
	id: string;
	operations: Operation[];
}

const ROUTES_DIR = path.resolve('src/routes');

function routeDirectories(dir: string): string[] {
	const children = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
	return [dir, ...children.flatMap((child) => routeDirectories(path.join(dir, child.name)))];
}

async function exportsOf(file: string): Promise<Record<string, unknown>> {
	return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Record<string, unknown>;
}

async function scanRoutes(): Promise<DiskRoute[]> {
	const routes: DiskRoute[] = [];
	for (const dir of routeDirectories(ROUTES_DIR)) {
		const files = new Set(readdirSync(dir));
		const relative = path.relative(ROUTES_DIR, dir).split(path.sep).filter(Boolean).join('/');
		const id = `/${relative}`;
		const operations: Operation[] = [];
		if (files.has('+page.svelte') || files.has('+page.server.ts') || files.has('+page.ts')) {
			operations.push({ label: 'GET', method: 'GET', action: null });
		}
		if (files.has('+page.server.ts')) {
			const actions = (await exportsOf(path.join(dir, '+page.server.ts'))).actions;
			for (const name of Object.keys(actions ?? {})) operations.push({ label: `action ${name}`, method: 'POST', action: name });
		}
		if (files.has('+server.ts')) {
			const module = await exportsOf(path.join(dir, '+server.ts'));
			for (const method of HTTP_METHODS) if (method in module) operations.push({ label: method, method, action: null });
			if ('fallback' in module) operations.push({ label: 'fallback (any other method)', method: 'OPTIONS', action: null });
		}
		if (operations.length > 0) routes.push({ id, operations: dedupe(operations) });
	}
	return routes;
}

function dedupe(operations: Operation[]): Operation[] {
	return [...new Map(operations.map((op) => [op.label, op])).values()];
}

function paramsFor(routeId: string): Record<string, string> {
	const names = [...routeId.matchAll(/\[(?:\.\.\.)?(\w+)(?:=\w+)?\]/g)].map((match) => match[1] ?? '');
	const overrides = ROUTE_PARAM_SAMPLES[routeId] ?? {};
	return Object.fromEntries(names.map((name) => [name, overrides[name] ?? PARAM_SAMPLES[name] ?? 'sample']));
}

function pathFor(routeId: string, params: Record<string, string>, op: Operation): string {
	const filled = routeId.replace(/\[(?:\.\.\.)?(\w+)(?:=\w+)?\]/g, (_, name: string) => params[name] ?? 'sample');
	return op.action && op.action !== 'default' ? `${filled}?/${op.action}` : filled;
}

type Outcome = 'allowed' | 'sign_in' | 'unauthorized' | 'forbidden';

let test: TestDatabase;
let routes: DiskRoute[];
const sessionOf = new Map<Who, string>();
let readToken = '';
let writeToken = '';

async function attempt(route: DiskRoute, op: Operation, credential: { sessionId?: string; bearer?: string }, publicView = false): Promise<Outcome> {
	const params = paramsFor(route.id);
	const event = fakeEvent({
		routeId: route.id,
		path: pathFor(route.id, params, op),
		method: op.method,
		params,
		sessionId: credential.sessionId ?? null,
		headers: credential.bearer ? { authorization: `Bearer ${credential.bearer}` } : {}
	});
	let resolved = false;
	const resolve = () => {
		resolved = true;
		return new Response('ok');
	};
	try {
		const response = await authorizeAndResolve(event, resolve, { db: async () => test.db, publicView, production: true });
		if (resolved) return 'allowed';
		if (response.status === 401) return 'unauthorized';
		if (response.status === 403) return 'forbidden';
		throw new Error(`unexpected status ${response.status}`);
	} catch (thrown) {
		if (isRedirect(thrown) && thrown.location.startsWith('/login?redirectTo=')) return 'sign_in';
		if (isHttpError(thrown) && thrown.status === 403) return 'forbidden';
		throw thrown;
	}
}

beforeAll(async () => {
	test = await createTestDatabase();
	routes = await scanRoutes();
	const users = {
		viewer: await createUser(test.db, 'matrix-viewer', 'viewer'),
		planner: await createUser(test.db, 'matrix-planner', 'planner'),
		chief_own: await createUser(test.db, 'matrix-chief-own', 'chief', OWN_SERVICE),
		chief_other: await createUser(test.db, 'matrix-chief-other', 'chief', OTHER_SERVICE),
		opp_region: await createUser(test.db, 'matrix-opp-region', 'opp_region', 'opp', 'North West'),
		project_p: await createUser(test.db, 'matrix-project-p', 'project_p'),
		admin: await createUser(test.db, 'matrix-admin', 'admin')
	};
	for (const [who, user] of Object.entries(users)) sessionOf.set(who as Who, await signIn(test.db, user.id));
	const now = new Date();
	readToken = (await tokens.create(test.db, { user_id: users.viewer.id, name: 'read', scopes: ['read'], expires_at: null }, now)).secret;
	writeToken = (await tokens.create(test.db, { user_id: users.planner.id, name: 'write', scopes: ['read', 'write'], expires_at: null }, now)).secret;
});
afterAll(() => test.drop());

describe('authorisation matrix', () => {
	it('finds the routes on disk, the foundation and account routes included', () => {
		const ids = routes.map((route) => route.id);
		expect(ids).toEqual(expect.arrayContaining(['/communities', '/api/communities/[csduid]', '/login', '/admin/users', '/api/tokens/[id]']));
	});

	it('every route, method and form action on disk has a rule in src/lib/server/policy.ts', () => {
		const missing = routes.flatMap((route) =>
			route.operations.filter((op) => ruleFor({ routeId: route.id, method: op.method, action: op.action }) === null).map((op) => `${route.id} ${op.label}`)
		);
		expect(missing, `no policy for: ${missing.join(', ')} — add a line to src/lib/server/policy.ts`).toEqual([]);
	});

	it('every route, method and form action on disk has an expected row in this test', () => {
		const missing = routes.flatMap((route) => route.operations.filter((op) => !EXPECTED[route.id]?.[op.label]).map((op) => `${route.id} ${op.label}`));
		expect(missing, `no expectation for: ${missing.join(', ')} — add a row to EXPECTED`).toEqual([]);
	});

	it('allows and denies each requester exactly as expected', async () => {
		const mismatches: string[] = [];
		for (const route of routes) {
			for (const op of route.operations) {
				const expected = EXPECTED[route.id]?.[op.label];
				if (!expected) continue;
				for (const who of WHO) {
					const outcome = await attempt(route, op, { sessionId: sessionOf.get(who) });
					const allowed = expected.includes(who);
					const deniedAs: Outcome = who === 'anonymous' ? (route.id.startsWith('/api/') ? 'unauthorized' : 'sign_in') : 'forbidden';
					const want: Outcome = allowed ? 'allowed' : deniedAs;
					if (outcome !== want) mismatches.push(`${route.id} ${op.label} as ${who}: expected ${want}, got ${outcome}`);
				}
			}
		}
		expect(mismatches).toEqual([]);
	});

	it('with ATLAS_PUBLIC_VIEW, anonymous visitors may GET exactly what a viewer may, and change nothing', async () => {
		const mismatches: string[] = [];
		for (const route of routes) {
			for (const op of route.operations) {
				const expected = EXPECTED[route.id]?.[op.label];
				if (!expected) continue;
				const viewerMay = op.method === 'GET' && expected.includes('viewer') && !SESSION_ONLY_ROUTES.has(route.id);
				const want = expected.includes('anonymous') || viewerMay ? 'allowed' : route.id.startsWith('/api/') ? 'unauthorized' : 'sign_in';
				const outcome = await attempt(route, op, {}, true);
				if (outcome !== want) mismatches.push(`${route.id} ${op.label} (public view): expected ${want}, got ${outcome}`);
			}
		}
		expect(mismatches).toEqual([]);
	});

	it('API tokens: read scope only reads, write scope does what the role may, neither manages tokens', async () => {
		const mismatches: string[] = [];
		for (const route of routes.filter((r) => r.id.startsWith('/api/'))) {
			for (const op of route.operations) {
				const expected = EXPECTED[route.id]?.[op.label];
				if (!expected) continue;
				const publicRoute = expected.includes('anonymous');
				const sessionOnly = SESSION_ONLY_ROUTES.has(route.id);
				const readMay = publicRoute || (expected.includes('viewer') && !sessionOnly && op.method === 'GET');
				const writeMay = publicRoute || (expected.includes('planner') && !sessionOnly);
				for (const [token, may] of [[readToken, readMay], [writeToken, writeMay]] as const) {
					const outcome = await attempt(route, op, { bearer: token });
					if ((outcome === 'allowed') !== may) mismatches.push(`${route.id} ${op.label} with ${token === readToken ? 'read' : 'write'} token: got ${outcome}`);
				}
			}
		}
		expect(mismatches).toEqual([]);
	});

	it('an API token does not sign anyone in to pages', async () => {
		const audit = routes.find((route) => route.id === '/audit');
		if (!audit) throw new Error('/audit route not found');
		expect(await attempt(audit, { label: 'GET', method: 'GET', action: null }, { bearer: writeToken })).toBe('sign_in');
	});

	it('an unknown or revoked credential is anonymous', async () => {
		const communities = routes.find((route) => route.id === '/api/communities');
		if (!communities) throw new Error('/api/communities route not found');
		const get = { label: 'GET', method: 'GET', action: null };
		expect(await attempt(communities, get, { sessionId: 'not-a-session' })).toBe('unauthorized');
		expect(await attempt(communities, get, { bearer: 'atlas_not-a-token' })).toBe('unauthorized');
	});
});
