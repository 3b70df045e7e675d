/**
 * Every API answer that carries a quarter says which one in full: `period_label` (English and French),
 * `period_start`, `period_end` and `data_as_of`. The test walks the OpenAPI document: each operation
 * whose answer has a `period` must document the fields, must be called here, and its answer must
 * carry them, consistent with the quarter (dates worked out here from the April fiscal year, not by
 * the code under test).
 */
import type { RequestEvent } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../../src/lib/server/api/openapi/document';
import type { AuthUser } from '../../src/lib/server/auth/user';
import * as coverageInputs from '../../src/lib/server/queries/coverage-inputs';
import { appDatabase } from './test-db';
import { createUser, fakeEvent } from './auth-support';

type Handler = (event: RequestEvent) => Response | Promise<Response>;
type Module = Record<string, unknown>;
type Schema = { type?: unknown; required?: string[]; properties?: Record<string, Schema>; items?: Schema };

const FIELDS = ['period', 'period_label', 'period_label_fr', 'period_start', 'period_end', 'data_as_of'] as const;

interface Call {
	routeId: string;
	path: string;
	params?: Record<string, string>;
	body?: unknown;
	module: () => Promise<Module>;
	/** Where the quarter sits: the answer itself, or each row of `data`. */
	at: 'top' | 'rows';
}

/** One call per documented operation that answers with a quarter ("METHOD path"). */
const CALLS: Record<string, Call> = {
	'get /api/gaps': { routeId: '/api/gaps', path: '/api/gaps', module: () => import('../../src/routes/api/gaps/+server'), at: 'top' },
	'get /api/baselines': { routeId: '/api/baselines', path: '/api/baselines?period=2024-Q4', module: () => import('../../src/routes/api/baselines/+server'), at: 'top' },
	'get /api/communities/{csduid}/metrics': {
		routeId: '/api/communities/[csduid]/metrics',
		path: '/api/communities/3560077/metrics',
		params: { csduid: '3560077' },
		module: () => import('../../src/routes/api/communities/[csduid]/metrics/+server'),
		at: 'top'
	},
	'get /api/services/{id}/metrics': {
		routeId: '/api/services/[id]/metrics',
		path: '/api/services/toronto/metrics',
		params: { id: 'toronto' },
		module: () => import('../../src/routes/api/services/[id]/metrics/+server'),
		at: 'top'
	},
	'get /api/services/{id}/peers': {
		routeId: '/api/services/[id]/peers',
		path: '/api/services/toronto/peers',
		params: { id: 'toronto' },
		module: () => import('../../src/routes/api/services/[id]/peers/+server'),
		at: 'top'
	},
	'get /api/compare': { routeId: '/api/compare', path: '/api/compare?ids=toronto,naps', module: () => import('../../src/routes/api/compare/+server'), at: 'top' },
	'post /api/allocations/compute': {
		routeId: '/api/allocations/compute',
		path: '/api/allocations/compute',
		body: { budget_cents: 500_000_000 },
		module: () => import('../../src/routes/api/allocations/compute/+server'),
		at: 'top'
	},
	'post /api/allocations': {
		routeId: '/api/allocations',
		path: '/api/allocations',
		body: { budget_cents: 500_000_000, name: 'Quarter fields' },
		module: () => import('../../src/routes/api/allocations/+server'),
		at: 'top'
	},
	'get /api/allocations': { routeId: '/api/allocations', path: '/api/allocations', module: () => import('../../src/routes/api/allocations/+server'), at: 'rows' },
	'get /api/allocations/{id}': {
		routeId: '/api/allocations/[id]',
		path: '/api/allocations/1',
		params: { id: '1' },
		module: () => import('../../src/routes/api/allocations/[id]/+server'),
		at: 'top'
	},
	'get /api/project-p/roster': {
		routeId: '/api/project-p/roster',
		path: '/api/project-p/roster?period=2025-Q4',
		module: () => import('../../src/routes/api/project-p/roster/+server'),
		at: 'top'
	},
	'get /api/streams/registry': { routeId: '/api/streams/registry', path: '/api/streams/registry', module: () => import('../../src/routes/api/streams/registry/+server'), at: 'top' }
};

/** The 200/201 JSON schema of each operation, keyed "method path". */
function answerSchemas(): Map<string, Schema> {
	const schemas = new Map<string, Schema>();
	const paths = openApiDocument().paths as Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> }>>;
	for (const [path, item] of Object.entries(paths)) {
		for (const [method, operation] of Object.entries(item)) {
			const response = operation.responses?.['200'] ?? operation.responses?.['201'];
			const schema = response?.content?.['application/json']?.schema;
			if (schema) schemas.set(`${method} ${path}`, schema);
		}
	}
	return schemas;
}

/** The part of a schema that carries the quarter, if any: the answer, or the rows of `data`. */
function quarterSchema(schema: Schema): Schema | null {
	if (schema.properties?.period) return schema;
	const rows = schema.properties?.data?.items;
	return rows?.properties?.period ? rows : null;
}

/** The quarter's first and last days, from the April fiscal year (independent of domain/period.ts). */
function expectedBounds(period: string): { start: string; end: string; labelEn: string; labelFr: string } {
	const [, yearText, quarterText] = /^(\d{4})-Q([1-4])$/.exec(period) ?? [];
	const fiscalYear = Number(yearText);
	const quarter = Number(quarterText);
	const table = [
		['04-01', '06-30', 0],
		['07-01', '09-30', 0],
		['10-01', '12-31', 0],
		['01-01', '03-31', 1]
	] as const;
	const [start, end, shift] = table[quarter - 1]!;
	const year = fiscalYear + shift;
	return {
		start: `${year}-${start}`,
		end: `${year}-${end}`,
		labelEn: `FY${fiscalYear}-${String(fiscalYear + 1).slice(2)} Q${quarter}`,
		labelFr: `EF ${fiscalYear}-${fiscalYear + 1} T${quarter}`
	};
}

const test = appDatabase();
let planner: AuthUser;
let latest: string;

beforeAll(async () => {
	latest = (await coverageInputs.periods(test.db)).at(-1) ?? '';
	const user = await createUser(test.db, 'period-planner', 'planner');
	planner = { id: user.id, username: user.username, display_name: user.display_name, role: 'planner', police_service_id: null, credential: { kind: 'session', session_hash: 'test' } };
});

describe('the OpenAPI document', () => {
	it('documents the quarter fields on every answer that has a period, and each is called below', () => {
		const carrying = [...answerSchemas()].flatMap(([operation, schema]) => {
			const part = quarterSchema(schema);
			return part ? [[operation, part] as const] : [];
		});
		expect(carrying.length).toBeGreaterThanOrEqual(10);
		for (const [operation, part] of carrying) {
			for (const field of FIELDS) expect(part.properties?.[field], `${operation} documents ${field}`).toBeDefined();
		}
		expect(carrying.map(([operation]) => operation).sort()).toEqual(Object.keys(CALLS).sort());
	});
});

/** Every object schema inside an answer that has a `period`, with where it sits (oneOf, allOf, items, properties). */
function nestedQuarters(schema: unknown, at: string, found: [string, Schema][] = []): [string, Schema][] {
	if (Array.isArray(schema)) schema.forEach((part, index) => nestedQuarters(part, `${at}[${index}]`, found));
	else if (schema && typeof schema === 'object') {
		const object = schema as Schema & Record<string, unknown>;
		if (object.properties?.period) found.push([at, object]);
		for (const [key, value] of Object.entries(object)) {
			// `parameters` echoes a request body (the allocation compute body): a quarter asked for, not answered.
			if (key !== 'parameters') nestedQuarters(value, `${at}.${key}`, found);
		}
	}
	return found;
}

describe('quarters inside answers', () => {
	it('are documented with their label and bounds wherever an answer holds one', () => {
		const found = [...answerSchemas()].flatMap(([operation, schema]) => nestedQuarters(schema, operation));
		// Baselines, registry rows, request flags and assignments at least, besides the answers themselves.
		expect(found.length).toBeGreaterThanOrEqual(16);
		for (const [at, part] of found) {
			for (const field of FIELDS.filter((name) => name !== 'data_as_of')) expect(part.properties?.[field], `${at} documents ${field}`).toBeDefined();
		}
	});

	it('carry them in the baselines answer', async () => {
		const { GET } = (await CALLS['get /api/baselines']!.module()) as { GET: Handler };
		const event = fakeEvent({ routeId: '/api/baselines', path: '/api/baselines' });
		event.locals.user = planner;
		const body = (await (await GET(event)).json()) as { data: Record<string, string>[] };
		expect(body.data.length).toBeGreaterThan(0);
		for (const baseline of body.data) {
			const bounds = expectedBounds(baseline.period!);
			expect(baseline).toMatchObject({ period_label: bounds.labelEn, period_label_fr: bounds.labelFr, period_start: bounds.start, period_end: bounds.end });
		}
	});
});

describe('answers that carry a quarter', () => {
	// In order: POST /api/allocations saves scenario 1 before the list and the item are read.
	const operations = Object.keys(CALLS).sort((a, b) => Number(b.startsWith('post')) - Number(a.startsWith('post')));
	it.each(operations)('%s carries the label, the bounds and data_as_of', async (operation) => {
		const call = CALLS[operation]!;
		const method = operation.split(' ')[0]!.toUpperCase();
		const handler = (await call.module())[method] as Handler;
		const event = fakeEvent({
			routeId: call.routeId,
			path: call.path,
			params: call.params,
			method,
			...(call.body ? { body: JSON.stringify(call.body), headers: { 'content-type': 'application/json' } } : {})
		});
		event.locals.user = planner;
		const response = await handler(event);
		expect(response.status, operation).toBeLessThan(300);
		const body = (await response.json()) as Record<string, unknown> & { data?: Record<string, unknown>[] };
		const carriers = call.at === 'top' ? [body] : (body.data ?? []);
		expect(carriers.length).toBeGreaterThan(0);
		for (const carrier of carriers) {
			const period = String(carrier.period);
			const bounds = expectedBounds(period);
			expect(carrier).toMatchObject({
				period_label: bounds.labelEn,
				period_label_fr: bounds.labelFr,
				period_start: bounds.start,
				period_end: bounds.end,
				data_as_of: expectedBounds(latest).end
			});
		}
	});

	it('gives a chosen older quarter its own bounds but the same data_as_of', async () => {
		const { GET } = (await CALLS['get /api/baselines']!.module()) as { GET: Handler };
		const event = fakeEvent({ routeId: '/api/baselines', path: '/api/baselines?period=2024-Q4' });
		event.locals.user = planner;
		const body = (await (await GET(event)).json()) as Record<string, string>;
		expect(body).toMatchObject({ period: '2024-Q4', period_start: '2025-01-01', period_end: '2025-03-31', data_as_of: expectedBounds(latest).end });
		expect(body.data_as_of! > body.period_end!).toBe(true);
	});
});
