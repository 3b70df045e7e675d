/**
 * The API contract: every operation the OpenAPI document lists is called through the real handle hook (request guard,
 * sign-in, policy) against the seeded database — its success answer and at least one refusal — and each answer's
 * status must be documented and its body must validate against the documented schema (JSON Schema 2020-12, the
 * dialect of OpenAPI 3.1). Every endpoint on disk under src/routes/api must be documented, and every documented
 * operation must exist on disk. Bodies the endpoints accept must be bodies the document accepts.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RequestEvent } from '@sveltejs/kit';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../src/hooks.server';
import { OPERATIONS, openApiDocument } from '../../src/lib/server/api/openapi/document';
import type { Operation } from '../../src/lib/server/api/openapi/operation';
import { HTTP_METHODS } from '../../src/lib/server/policy';
import { fixture } from '../fixtures/imports/support';
import { createUser, fakeEvent, signIn, TEST_PASSWORD } from './auth-support';
import { appDatabase } from './test-db';

type Who = 'planner' | 'coordinator' | 'viewer' | 'leaving';
type Handler = (event: RequestEvent) => Response | Promise<Response>;

interface Call {
	/** Signed in as; none: anonymous. */
	who?: Who;
	params?: Record<string, string>;
	/** Query string, without the `?`. */
	query?: string;
	json?: unknown;
	/** A body other than JSON: its text and Content-Type. */
	raw?: { text: string; type: string };
	headers?: Record<string, string>;
	status: number;
	/** Keeps what later calls need (an id the answer created). */
	keep?: (body: Record<string, unknown>) => void;
}

const kept: Record<string, number> = {};
const keepId = (name: string) => (body: Record<string, unknown>) => {
	const data = (body.data ?? body) as { id?: unknown };
	kept[name] = Number(data.id);
};
const id = (name: string) => String(kept[name]);

/** Realistic calls of every operation, by operationId; run in the document's order, so ids made earlier are known. */
const CALLS: Record<string, () => Call[]> = {
	getHealth: () => [{ status: 200 }, { query: 'probe=%00', status: 400 }],
	getOpenApiDocument: () => [{ status: 200 }, { query: 'x=%00', status: 400 }],
	listCommunities: () => [{ who: 'viewer', status: 200 }, { who: 'viewer', query: 'q=thunder', status: 200 }, { status: 401 }],
	getCommunity: () => [
		{ who: 'viewer', params: { csduid: '3560077' }, status: 200 },
		{ who: 'viewer', params: { csduid: 'toronto' }, status: 400 },
		{ who: 'viewer', params: { csduid: '3599999' }, status: 404 }
	],
	listPoliceServices: () => [{ who: 'viewer', status: 200 }, { status: 401 }],
	getPoliceService: () => [
		{ who: 'viewer', params: { id: 'toronto' }, status: 200 },
		{ who: 'viewer', params: { id: 'Not An Id' }, status: 400 },
		{ who: 'viewer', params: { id: 'nowhere' }, status: 404 }
	],
	getSession: () => [{ who: 'planner', status: 200 }, { status: 401 }],
	signIn: () => [
		{ json: { username: 'contract-planner', password: TEST_PASSWORD }, status: 200 },
		{ json: { username: 'contract-planner', password: 'not the password' }, status: 401 },
		{ json: { username: 'contract-planner' }, status: 400 }
	],
	signOut: () => [
		{ who: 'leaving', status: 204 },
		{ headers: { cookie: 'atlas_session=x', origin: 'https://elsewhere.example' }, status: 403 }
	],
	listApiTokens: () => [{ who: 'planner', status: 200 }, { status: 401 }],
	createApiToken: () => [
		{ who: 'planner', json: { name: 'contract test', scopes: ['read'], expires_in_days: 7 }, status: 201, keep: keepId('token') },
		{ who: 'planner', json: { name: '' }, status: 400 }
	],
	revokeApiToken: () => [
		{ who: 'planner', params: { id: id('token') }, status: 204 },
		{ who: 'planner', params: { id: 'first' }, status: 400 },
		{ who: 'planner', params: { id: '999999' }, status: 404 }
	],
	listMetrics: () => [{ who: 'viewer', status: 200 }, { status: 401 }],
	listCoverageGaps: () => [{ who: 'viewer', status: 200 }, { who: 'planner', query: 'period=2024-Q1', status: 200 }, { who: 'viewer', query: 'period=2024-Q5', status: 400 }],
	listBaselines: () => [{ who: 'viewer', status: 200 }, { who: 'viewer', query: 'period=last', status: 400 }],
	getCommunityMetrics: () => [
		{ who: 'viewer', params: { csduid: '3560077' }, status: 200 },
		{ who: 'planner', params: { csduid: '3520005' }, query: 'period=2024-Q1', status: 200 },
		{ who: 'viewer', params: { csduid: '35' }, status: 400 },
		{ who: 'viewer', params: { csduid: '3599999' }, status: 404 }
	],
	getPoliceServiceMetrics: () => [
		{ who: 'viewer', params: { id: 'naps' }, status: 200 },
		{ who: 'planner', params: { id: 'toronto' }, status: 200 },
		{ who: 'viewer', params: { id: 'toronto' }, query: 'period=1999-Q1', status: 400 },
		{ who: 'viewer', params: { id: 'nowhere' }, status: 404 }
	],
	listImports: () => [{ who: 'planner', status: 200 }, { who: 'viewer', status: 403 }],
	importFile: () => [
		{ who: 'planner', query: 'kind=caseload&dry_run=true&file_name=q1.csv', raw: { text: fixture('caseload-good.csv').toString('utf8'), type: 'text/csv' }, status: 200, keep: keepId('preview') },
		{ who: 'planner', query: 'kind=caseload&dry_run=false', raw: { text: fixture('caseload-bad.csv').toString('utf8'), type: 'text/csv' }, status: 422 },
		{ who: 'planner', query: 'kind=salaries', raw: { text: 'x', type: 'text/csv' }, status: 400 },
		{ who: 'viewer', query: 'kind=caseload', raw: { text: 'x', type: 'text/csv' }, status: 403 }
	],
	commitImportPreview: () => [
		{ who: 'planner', params: { id: id('preview') }, query: 'confirm_warnings=true', status: 200, keep: keepId('import') },
		{ who: 'planner', params: { id: '999999' }, status: 404 }
	],
	rollBackImport: () => [
		{ who: 'planner', params: { id: id('import') }, status: 200 },
		{ who: 'planner', params: { id: id('import') }, status: 409 },
		{ who: 'planner', params: { id: '999999' }, status: 404 }
	],
	getImportTemplate: () => [
		{ who: 'viewer', params: { kind: 'capacity' }, status: 200 },
		{ who: 'viewer', params: { kind: 'salaries' }, status: 404 }
	],
	getPoliceServicePeers: () => [
		{ who: 'viewer', params: { id: 'toronto' }, status: 200 },
		{ who: 'planner', params: { id: 'naps' }, query: 'group=region', status: 200 },
		{ who: 'viewer', params: { id: 'toronto' }, query: 'k=0', status: 400 },
		{ who: 'viewer', params: { id: 'nowhere' }, status: 404 }
	],
	comparePoliceServices: () => [
		{ who: 'viewer', query: 'ids=toronto,naps,ottawa', status: 200 },
		{ who: 'viewer', query: 'ids=toronto,toronto', status: 400 },
		{ who: 'viewer', query: 'ids=toronto,nowhere', status: 404 }
	],
	computeAllocation: () => [
		{ who: 'planner', json: { budget_cents: 500_000_000 }, status: 200 },
		{ who: 'planner', json: { budget_cents: -1, weights: { population: 2 } }, status: 422 },
		{ who: 'planner', raw: { text: 'not json', type: 'application/json' }, status: 400 },
		{ who: 'viewer', json: {}, status: 403 }
	],
	listAllocationScenarios: () => [{ who: 'planner', status: 200 }, { who: 'viewer', status: 403 }],
	createAllocationScenario: () => [
		{ who: 'planner', json: { name: 'Contract test', rounding_cents: 100 }, status: 201, keep: keepId('scenario') },
		{ who: 'planner', json: { name: 'Misspelt', budget: 1 }, status: 422 }
	],
	getAllocationScenario: () => [
		{ who: 'planner', params: { id: id('scenario') }, status: 200 },
		{ who: 'planner', params: { id: 'latest' }, status: 400 },
		{ who: 'planner', params: { id: '999999' }, status: 404 }
	],
	listProjectPRequests: () => [
		{ who: 'coordinator', status: 200 },
		{ who: 'planner', query: 'status=open', status: 200 },
		{ who: 'coordinator', query: 'status=lost', status: 400 }
	],
	fileProjectPRequest: () => [
		{
			who: 'coordinator',
			json: { csduid: '3560077', kind: 'forensic_examination', urgency: 'high', expected_fte_weeks: 6.5, description: 'Devices awaiting examination; no examiner of our own.' },
			status: 201,
			keep: keepId('request')
		},
		{ who: 'coordinator', json: { csduid: '3599999', kind: 'forensic_examination', urgency: 'high', description: 'Devices awaiting examination.' }, status: 422 }
	],
	getProjectPRequest: () => [
		{ who: 'coordinator', params: { id: id('request') }, status: 200 },
		{ who: 'coordinator', params: { id: '999999' }, status: 404 }
	],
	moveProjectPRequest: () => [
		{ who: 'coordinator', params: { id: id('request') }, json: { status: 'triaged' }, status: 200 },
		{ who: 'coordinator', params: { id: id('request') }, json: { status: 'active' }, status: 409 },
		{ who: 'coordinator', params: { id: id('request') }, json: { status: 'declined' }, status: 422 }
	],
	getProjectPRoster: () => [{ who: 'coordinator', status: 200 }, { who: 'coordinator', query: 'period=soon', status: 400 }],
	listPreventionReach: () => [{ who: 'viewer', status: 200 }, { who: 'viewer', query: 'school_year=1999-00', status: 400 }],
	listTraining: () => [{ who: 'viewer', status: 200 }, { who: 'viewer', query: 'year=1800', status: 400 }],
	listRegistryCompliance: () => [{ who: 'planner', status: 200 }, { who: 'viewer', status: 403 }]
};

const API_DIR = path.resolve('src/routes/api');
const document = openApiDocument();
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
// OpenAPI's own formats: annotations, nothing to check.
ajv.addFormat('password', true);
ajv.addFormat('binary', true);
ajv.addSchema(document, 'openapi.json');

/** The route id and the directory of an operation's path: `/api/communities/{csduid}` → `/api/communities/[csduid]`. */
const routeIdOf = (openApiPath: string) => openApiPath.replace(/\{(\w+)\}/g, '[$1]');
const pointer = (...parts: string[]) => parts.map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

function apiDirectories(dir: string): string[] {
	const children = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
	return [dir, ...children.flatMap((child) => apiDirectories(path.join(dir, child.name)))];
}

async function moduleOf(routeId: string): Promise<Record<string, unknown>> {
	const file = path.join(path.resolve('src/routes'), ...routeId.split('/').filter(Boolean), '+server.ts');
	return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Record<string, unknown>;
}

/** Every endpoint on disk as `METHOD /path{param}`. */
async function endpointsOnDisk(): Promise<string[]> {
	const found: string[] = [];
	for (const dir of apiDirectories(API_DIR)) {
		if (!readdirSync(dir).includes('+server.ts')) continue;
		const routeId = `/${path.relative(path.resolve('src/routes'), dir).split(path.sep).join('/')}`;
		const module = await moduleOf(routeId);
		const openApiPath = routeId.replace(/\[(?:\.\.\.)?(\w+)(?:=\w+)?\]/g, '{$1}');
		for (const method of HTTP_METHODS) if (method in module) found.push(`${method} ${openApiPath}`);
		if ('fallback' in module) found.push(`fallback ${openApiPath}`);
	}
	return found.sort();
}

const test = appDatabase();
const sessions = new Map<Who, string>();

async function call(op: Operation, c: Call): Promise<{ response: Response; text: string }> {
	const routeId = routeIdOf(op.path);
	const params = c.params ?? {};
	const filled = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
	const body = c.json === undefined ? c.raw?.text : JSON.stringify(c.json);
	const type = c.json === undefined ? c.raw?.type : 'application/json';
	const event = fakeEvent({
		routeId,
		path: c.query ? `${filled}?${c.query}` : filled,
		method: op.method.toUpperCase(),
		params,
		sessionId: c.who ? (sessions.get(c.who) ?? null) : null,
		headers: { ...(type ? { 'content-type': type } : {}), ...c.headers },
		body
	});
	const handler = (await moduleOf(routeId))[op.method.toUpperCase()] as Handler;
	const response = await handle({ event, resolve: (e) => Promise.resolve(handler(e)) });
	return { response, text: await response.text() };
}

beforeAll(async () => {
	const users = {
		planner: await createUser(test.db, 'contract-planner', 'planner'),
		coordinator: await createUser(test.db, 'contract-coordinator', 'project_p'),
		viewer: await createUser(test.db, 'contract-viewer', 'viewer'),
		leaving: await createUser(test.db, 'contract-leaving', 'viewer')
	};
	for (const [who, user] of Object.entries(users)) sessions.set(who as Who, await signIn(test.db, user.id));
});

describe('the OpenAPI document and the endpoints on disk', () => {
	it('documents every endpoint under src/routes/api, and nothing that is not there', async () => {
		const onDisk = await endpointsOnDisk();
		const documented = OPERATIONS.map((op) => `${op.method.toUpperCase()} ${op.path}`).sort();
		expect(onDisk.length).toBeGreaterThan(30);
		expect(documented).toEqual(onDisk);
	});

	it('has calls for every documented operation, and none for an operation it does not list', () => {
		expect(Object.keys(CALLS).sort()).toEqual(OPERATIONS.map((op) => op.operationId).sort());
	});
});

describe.sequential('every documented operation answers as documented', () => {
	for (const op of OPERATIONS) {
		it(`${op.operationId}: ${op.method.toUpperCase()} ${op.path}`, async () => {
			const calls = CALLS[op.operationId]?.() ?? [];
			expect(calls.some((c) => c.status >= 200 && c.status < 300), 'a success call').toBe(true);
			expect(calls.some((c) => c.status >= 400 && c.status < 500), 'a refusal call').toBe(true);
			for (const c of calls) {
				if (c.status < 300) {
					// Every query parameter of a call that works is documented, and its value is one the document allows.
					const documented = (document.paths[op.path]?.[op.method] as { parameters?: { name: string; in: string; schema: { type?: string } }[] }).parameters ?? [];
					for (const [name, value] of new URLSearchParams(c.query ?? '')) {
						const parameter = documented.find((p) => p.in === 'query' && p.name === name);
						expect(parameter, `${op.operationId} documents ?${name}`).toBeDefined();
						const typed = parameter?.schema.type === 'integer' || parameter?.schema.type === 'number' ? Number(value) : value;
						expect(ajv.validate(parameter?.schema ?? false, typed), `${op.operationId} ?${name}=${value}: ${ajv.errorsText()}`).toBe(true);
					}
				}
				if (c.json !== undefined && c.status < 300) {
					// A body the endpoint accepts must be one the document accepts.
					const accepts = ajv.getSchema(`openapi.json#/${pointer('paths', op.path, op.method, 'requestBody', 'content', 'application/json', 'schema')}`);
					expect(accepts, `${op.operationId} documents its JSON body`).toBeDefined();
					const ok = accepts?.(c.json);
					expect(accepts?.errors ?? [], `${op.operationId} body ${JSON.stringify(c.json)}`).toEqual([]);
					expect(ok).toBe(true);
				}
				const { response, text } = await call(op, c);
				const where = `${op.operationId} ${c.query ?? ''} ${JSON.stringify(c.params ?? {})} → ${response.status}: ${text.slice(0, 300)}`;
				expect(response.status, where).toBe(c.status);
				const status = String(response.status);
				const documented = document.paths[op.path]?.[op.method] as { responses: Record<string, { content?: Record<string, unknown> }> } | undefined;
				const answer = documented?.responses[status];
				expect(answer, `${where}: status not documented`).toBeDefined();
				const types = Object.keys(answer?.content ?? {});
				if (types.length === 0) {
					expect(text, where).toBe('');
					continue;
				}
				const type = response.headers.get('content-type') ?? '';
				const documentedType = types.find((t) => type.startsWith(t));
				expect(documentedType, `${where}: content type ${type} not documented (${types.join(', ')})`).toBeDefined();
				if (documentedType !== 'application/json') continue;
				const validate = ajv.getSchema(`openapi.json#/${pointer('paths', op.path, op.method, 'responses', status, 'content', 'application/json', 'schema')}`);
				expect(validate, where).toBeDefined();
				const body = JSON.parse(text) as Record<string, unknown>;
				const valid = validate?.(body);
				expect(validate?.errors ?? [], where).toEqual([]);
				expect(valid).toBe(true);
				c.keep?.(body);
			}
		});
	}
});
