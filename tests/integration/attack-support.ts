/**
 * The attacker's toolkit: everything a signed-in role can fetch, found rather than listed. Every route
 * on disk is a door: every `+server.ts` with a GET (JSON endpoints take their query parameters from the
 * OpenAPI document where it describes them; CSV exports and endpoints it does not describe are asked for
 * each period), and every page's and layout's server `load` (its data is what the page prints; query
 * parameters are those its source reads). So a new endpoint, export or page is attacked the day it
 * lands. Handlers are called in-process with the role's user in `locals`, after the route policy
 * (server/policy.ts) has allowed the request as the handle hook would; path parameters are filled with
 * service ids, community ids and periods, query parameters with every period asked for, every enum
 * value, the largest group size and lists of the services attacked.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { RequestEvent } from '@sveltejs/kit';
import { openApiDocument } from '../../src/lib/server/api/openapi/document';
import type { AuthUser } from '../../src/lib/server/auth/user';
import type { AtlasDb } from '../../src/lib/server/db/client';
import { CASELOAD_FIELDS } from '../../src/lib/domain/coverage';
import type { PeriodKey } from '../../src/lib/domain/period';
import { decide } from '../../src/lib/server/policy';
import { createUser, fakeEvent } from './auth-support';
import type { Role } from '../../src/lib/domain/vocabulary';

type Handler = (event: RequestEvent) => Response | Promise<Response>;
type RouteModule = { GET?: Handler };
type Load = (event: RequestEvent & { parent: () => Promise<Record<string, unknown>>; depends: () => void; untrack: <T>(fn: () => T) => T }) => unknown;

const SERVERS = import.meta.glob<RouteModule>('../../src/routes/**/+server.ts');
const PAGES = import.meta.glob<{ load?: Load }>(['../../src/routes/**/+page.server.ts', '../../src/routes/**/+layout.server.ts']);

/** A route on disk: its SvelteKit id, its path template ({name} per parameter), its matchers and its module. */
interface DiskRoute {
	id: string;
	template: string;
	/** Parameter name → param matcher (`[id=service]`), when one is given. */
	matchers: Record<string, string>;
	file: string;
	load: () => Promise<RouteModule>;
}

function diskRoute(file: string, suffix: RegExp, load: () => Promise<RouteModule>): DiskRoute {
	const id = file.replace('../../src/routes', '').replace(suffix, '') || '/';
	const matchers: Record<string, string> = {};
	const template =
		id
			.split('/')
			.filter((segment) => !/^\(.*\)$/.test(segment))
			.map((segment) =>
				segment.replace(/\[([a-z_]+)(?:=([a-z_]+))?\]/gi, (_, name: string, matcher?: string) => {
					if (matcher) matchers[name] = matcher;
					return `{${name}}`;
				})
			)
			.join('/') || '/';
	return { id, template, matchers, file, load };
}

/** A page's server load, answered as JSON: the data the page renders from. */
function pageModule(load: () => Promise<{ load?: Load }>): () => Promise<RouteModule> {
	return async () => {
		const module = await load();
		const run = module.load;
		if (!run) return {};
		return {
			GET: async (event) => {
				const data = await run({ ...event, parent: async () => ({}), depends: () => {}, untrack: (fn) => fn() });
				return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
			}
		};
	};
}

const SERVER_ROUTES: DiskRoute[] = Object.entries(SERVERS).map(([file, load]) => diskRoute(file, /\/\+server\.ts$/, load));
const PAGE_ROUTES: DiskRoute[] = Object.entries(PAGES).map(([file, load]) => diskRoute(file, /\/\+(page|layout)\.server\.ts$/, pageModule(load)));

interface QueryParameter {
	name: string;
	schema?: { type?: string; enum?: readonly string[] };
}

/** A door to attack: a route, with the query parameters to fill. */
export interface Door {
	routeId: string;
	template: string;
	matchers: Record<string, string>;
	query: QueryParameter[];
	/** `api`: described by the OpenAPI document; `server`: any other endpoint or export; `page`: a page's data. */
	kind: 'api' | 'server' | 'page';
	load: () => Promise<RouteModule>;
}

/** The query parameters a module's source reads (`searchParams.get('x')`, `getAll('x')`, `has('x')`). */
function queryReadBy(file: string, template: string): QueryParameter[] {
	const source = readFileSync(new URL(file, import.meta.url), 'utf8');
	const names = new Set([...source.matchAll(/searchParams\.(?:get|getAll|has)\('([a-z_]+)'\)/g)].map((match) => match[1] ?? ''));
	names.add('period');
	// A service's comparison reads its group size in shared code: ask for the largest group too.
	if (template.includes('{service}')) names.add('k');
	return [...names].filter((name) => name !== '').map((name) => ({ name }));
}

/** Every GET endpoint and export on disk (OpenAPI parameters where described), and every page load. */
export function doors(): Door[] {
	const paths = openApiDocument().paths as Record<string, { get?: { parameters?: (QueryParameter & { in?: string })[] } }>;
	const found: Door[] = [];
	for (const template of Object.keys(paths)) {
		if (!SERVER_ROUTES.some((candidate) => candidate.template === template)) throw new Error(`OpenAPI path ${template} has no route on disk`);
	}
	for (const route of SERVER_ROUTES) {
		const described = paths[route.template]?.get;
		const query = described && !route.id.endsWith('.csv') ? (described.parameters ?? []).filter((parameter) => parameter.in === 'query') : queryReadBy(route.file, route.template);
		found.push({ routeId: route.id, template: route.template, matchers: route.matchers, query, kind: described ? 'api' : 'server', load: route.load });
	}
	for (const route of PAGE_ROUTES) {
		found.push({ routeId: route.id, template: route.template, matchers: route.matchers, query: queryReadBy(route.file, route.template), kind: 'page', load: route.load });
	}
	return found;
}

/** What fills parameters: ids the attack is about, and the periods to ask for. */
export interface Targets {
	services: readonly string[];
	csduids: readonly string[];
	periods: readonly string[];
	/** The number of services (the largest group size is one fewer). */
	serviceCount: number;
	/** Values for any other path parameter (numeric ids of requests, scenarios, tokens). */
	others?: readonly string[];
	/** Services to put beside the attacked ones where a list of services is asked for. */
	companions?: readonly string[];
}

function pathValues(name: string, door: Door, targets: Targets): readonly string[] {
	const matcher = door.matchers[name];
	if (name === 'csduid' || matcher === 'csduid') return targets.csduids;
	if (name === 'service' || matcher === 'service' || (name === 'id' && door.template.startsWith('/api/services/'))) return targets.services;
	if (name === 'period') return targets.periods;
	return targets.others ?? ['1'];
}

function queryValues(parameter: QueryParameter, targets: Targets): readonly (string | null)[] {
	if (parameter.name === 'period') return targets.periods;
	if (parameter.schema?.enum) return parameter.schema.enum;
	// The largest group first, so every quarter's answer carries every distance; the default in the latest.
	if (parameter.name === 'k') return [String(Math.max(1, targets.serviceCount - 1)), null];
	// A list of services (side by side): the attacked ones with a few others, as a comparison would.
	if (parameter.name === 'ids') return [[...targets.services, ...(targets.companions ?? [])].slice(0, 4).join(',')];
	return [null];
}

function product<T>(lists: readonly (readonly T[])[]): T[][] {
	return lists.reduce<T[][]>((combos, list) => combos.flatMap((combo) => list.map((value) => [...combo, value])), [[]]);
}

/** Every request to make of a door: a path, its parameters. */
export function requestsFor(door: Door, asked: Targets): { path: string; params: Record<string, string> }[] {
	// A page shows what the API and exports give for its quarter, with a server render per request: it
	// is asked for the latest quarter only, which keeps five roles' collections within the time budget.
	const targets = door.kind === 'page' ? { ...asked, periods: asked.periods.slice(-1) } : asked;
	const names = [...door.template.matchAll(/\{([a-z_]+)\}/gi)].map((match) => match[1] ?? '');
	const requests: { path: string; params: Record<string, string> }[] = [];
	for (const values of product(names.map((name) => pathValues(name, door, targets)))) {
		const params = Object.fromEntries(names.map((name, i) => [name, values[i] ?? '']));
		let path = door.template;
		for (const [name, value] of Object.entries(params)) path = path.replace(`{${name}}`, encodeURIComponent(value));
		const seen = new Set<string>();
		for (const query of queryCombinations(door.query.map((parameter) => queryValues(parameter, targets)), door.query.findIndex((parameter) => parameter.name === 'period'))) {
			const search = new URLSearchParams();
			door.query.forEach((parameter, i) => {
				const value = query[i];
				if (value !== null && value !== undefined) search.set(parameter.name, value);
			});
			const suffix = search.size > 0 ? `?${search.toString()}` : '';
			if (seen.has(suffix)) continue;
			seen.add(suffix);
			requests.push({ path: `${path}${suffix}`, params });
		}
	}
	return requests;
}

/**
 * The query strings to ask for: every period with the other parameters at their first value (the
 * default), then, in the latest period, each other parameter's every value in turn. Every value is
 * asked for without the full product (a comparison's group × size × period would be dozens per service).
 */
function queryCombinations(lists: readonly (readonly (string | null)[])[], periodAt: number): (string | null)[][] {
	const base = lists.map((list) => list[0] ?? null);
	const periods = periodAt >= 0 ? (lists[periodAt] ?? []) : [null];
	const combos: (string | null)[][] = periods.map((period) => base.map((value, i) => (i === periodAt ? period : value)));
	const latest = combos.at(-1) ?? base;
	lists.forEach((list, i) => {
		if (i === periodAt) return;
		for (const value of list.slice(1)) combos.push(latest.map((kept, j) => (j === i ? value : kept)));
	});
	return combos;
}

/** One answer as collected: status, type and body, with what legitimately varies between runs blanked. */
export interface Collected {
	status: number;
	type: string;
	body: string;
}

const TIMESTAMP = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?/g;

export async function fetchAs(door: Door, request: { path: string; params: Record<string, string> }, user: AuthUser): Promise<Collected> {
	// The route policy first, as the handle hook applies it: what the role is refused it never sees.
	const requester = { role: user.role, police_service_id: user.police_service_id, via: user.credential.kind, scopes: user.credential.kind === 'token' ? user.credential.scopes : [] };
	const decision = decide({ routeId: door.routeId, method: 'GET', action: null, params: request.params }, requester, { publicView: false });
	if (!decision.allowed) return { status: 403, type: 'policy', body: decision.reason };
	const module = await door.load();
	if (!module.GET) return { status: 405, type: '', body: '' };
	const event = fakeEvent({ routeId: door.routeId, path: request.path, params: request.params });
	event.locals.user = user;
	let response: Response;
	try {
		response = await module.GET(event);
	} catch (error: unknown) {
		// SvelteKit's error() and redirect() throw: their status is the answer.
		const status = typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : 500;
		return { status, type: 'thrown', body: String((error as { body?: { message?: string } }).body?.message ?? '') };
	}
	const body = Buffer.from(await response.arrayBuffer()).toString('utf8').replace(TIMESTAMP, '<time>');
	return { status: response.status, type: response.headers.get('content-type') ?? '', body };
}

/** Requests in flight at once: the handlers wait on the database, so a few overlap well on two cores. */
const IN_FLIGHT = 6;

/** Everything `user` gets from every door for the targets, by request path (requests run a few at a time). */
export async function collect(user: AuthUser, targets: Targets, only?: (door: Door) => boolean): Promise<Map<string, Collected>> {
	const work: { door: Door; request: { path: string; params: Record<string, string> } }[] = [];
	for (const door of doors()) {
		if (only && !only(door)) continue;
		for (const request of requestsFor(door, targets)) work.push({ door, request });
	}
	return fetchAll(user, work);
}

/** The answers to a list of requests, a few in flight at a time, by request path. */
export async function fetchAll(user: AuthUser, work: readonly { door: Door; request: { path: string; params: Record<string, string> } }[]): Promise<Map<string, Collected>> {
	const answers = new Array<Collected | undefined>(work.length);
	let next = 0;
	const worker = async () => {
		while (next < work.length) {
			const i = next++;
			const item = work[i];
			if (item) answers[i] = await fetchAs(item.door, item.request, user);
		}
	};
	await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
	// Inserted in request order, so two collections of the same targets list their answers alike.
	const collected = new Map<string, Collected>();
	work.forEach((item, i) => {
		const answer = answers[i];
		if (answer) collected.set(item.request.path, answer);
	});
	return collected;
}

/** The roles without clearance for most services (the demo accounts' roles), as real users of `db`. */
export async function attackers(db: AtlasDb): Promise<Record<string, AuthUser>> {
	const specs: [string, Role, string | null][] = [
		['viewer', 'viewer', null],
		['chief-toronto', 'chief', 'toronto'],
		['chief-naps', 'chief', 'naps'],
		['project-p', 'project_p', null],
		['admin', 'admin', null]
	];
	const users: Record<string, AuthUser> = {};
	for (const [username, role, service] of specs) {
		const row = await createUser(db, `attack-${username}`, role, service);
		users[username] = { id: row.id, username: row.username, display_name: row.display_name, role, police_service_id: service, credential: { kind: 'session', session_hash: 'attack' } };
	}
	return users;
}

export const PLANNER: AuthUser = { id: 0, username: 'planner', display_name: 'Planner', role: 'planner', police_service_id: null, credential: { kind: 'session', session_hash: 'attack' } };

/** The roles not cleared for a service (a chief is cleared for their own). */
export function rolesNotCleared(users: Record<string, AuthUser>, serviceId: string): [string, AuthUser][] {
	return Object.entries(users).filter(([, user]) => user.police_service_id !== serviceId);
}

/** A small deterministic generator (mulberry32), so a failing random case can be replayed. */
export function seeded(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The randomised province's seed (printed with every failure on it). */
export const RANDOM_SEED = 20261207;

/**
 * A randomised province: a seeded generator sets a fifth of the counts in `span`, every service's and
 * every OPP team's, to 1–4 or to 5–24, and puts more counts of 1–4 in the attacked services' referrals.
 * Returns the attacked services: two at random (not the demo chiefs' own) and the OPP.
 */
export async function randomiseProvince(db: AtlasDb, seed: number, span: readonly PeriodKey[], unitsOf: ReadonlyMap<string, readonly string[]>): Promise<string[]> {
	const random = seeded(seed);
	const candidates = [...unitsOf.keys()].filter((service) => service !== 'toronto' && service !== 'naps' && service !== 'opp').sort();
	const pick = () => candidates.splice(Math.floor(random() * candidates.length), 1)[0] ?? 'naps';
	const services = [pick(), pick(), 'opp'];
	const rows = await db.selectFrom('ice_quarter').select(['police_service_id', 'period']).where('period', 'in', [...span]).orderBy('police_service_id').orderBy('period').execute();
	const attackedUnits = new Set(services.flatMap((service) => unitsOf.get(service) ?? []));
	const updates: { unit: string; period: string; field: string; value: number }[] = [];
	for (const row of rows) {
		for (const field of CASELOAD_FIELDS) {
			if (random() >= 0.2) continue;
			updates.push({ unit: row.police_service_id, period: row.period, field, value: random() < 0.6 ? 1 + Math.floor(random() * 4) : 5 + Math.floor(random() * 20) });
		}
		if (attackedUnits.has(row.police_service_id) && random() < 0.3) {
			updates.push({ unit: row.police_service_id, period: row.period, field: 'referrals_received', value: 1 + Math.floor(random() * 4) });
		}
	}
	await db.transaction().execute(async (trx) => {
		for (const update of updates) {
			await sql`update ice_quarter set ${sql.ref(update.field)} = ${update.value} where police_service_id = ${update.unit} and period = ${update.period}`.execute(trx);
		}
	});
	return services;
}
