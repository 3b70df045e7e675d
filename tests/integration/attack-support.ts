/**
 * The attacker's toolkit: everything a signed-in role can fetch, found rather than listed. JSON GET
 * endpoints come from the OpenAPI document, CSV exports from the route files on disk (any route whose
 * id ends in `.csv`), so a new endpoint or export is attacked the day it lands. Handlers are called
 * in-process with the role's user in `locals`, as the other integration tests do; path parameters
 * are filled with service ids, community ids and periods, query parameters with every period asked
 * for, every enum value and the largest group size.
 */
import type { RequestEvent } from '@sveltejs/kit';
import { openApiDocument } from '../../src/lib/server/api/openapi/document';
import type { AuthUser } from '../../src/lib/server/auth/user';
import type { Role } from '../../src/lib/domain/clearance';
import type { AtlasDb } from '../../src/lib/server/db/client';
import { createUser, fakeEvent } from './auth-support';

type Handler = (event: RequestEvent) => Response | Promise<Response>;
type RouteModule = { GET?: Handler };

const MODULES = import.meta.glob<RouteModule>('../../src/routes/**/+server.ts');

/** A route on disk: its SvelteKit id, its path template ({name} per parameter) and its module. */
interface DiskRoute {
	id: string;
	template: string;
	load: () => Promise<RouteModule>;
}

const DISK_ROUTES: DiskRoute[] = Object.entries(MODULES).map(([file, load]) => {
	const id = file.replace('../../src/routes', '').replace(/\/\+server\.ts$/, '') || '/';
	const template = id
		.split('/')
		.filter((segment) => !/^\(.*\)$/.test(segment))
		.map((segment) => segment.replace(/\[([a-z_]+)(?:=[a-z_]+)?\]/gi, '{$1}'))
		.join('/');
	return { id, template, load };
});

interface QueryParameter {
	name: string;
	schema?: { type?: string; enum?: readonly string[] };
}

/** A door to attack: a route, with the query parameters its OpenAPI entry declares (CSV: period). */
export interface Door {
	routeId: string;
	template: string;
	query: QueryParameter[];
	load: () => Promise<RouteModule>;
}

/** Every JSON GET in the OpenAPI document that has a handler on disk, and every CSV route on disk. */
export function doors(): Door[] {
	const paths = openApiDocument().paths as Record<string, { get?: { parameters?: (QueryParameter & { in?: string })[] } }>;
	const found: Door[] = [];
	for (const [template, item] of Object.entries(paths)) {
		if (!item.get || template.endsWith('.csv')) continue;
		const route = DISK_ROUTES.find((candidate) => candidate.template === template);
		if (!route) throw new Error(`OpenAPI path ${template} has no route on disk`);
		const query = (item.get.parameters ?? []).filter((parameter) => parameter.in === 'query');
		found.push({ routeId: route.id, template, query, load: route.load });
	}
	for (const route of DISK_ROUTES) {
		if (!route.id.endsWith('.csv')) continue;
		found.push({ routeId: route.id, template: route.template, query: [{ name: 'period' }], load: route.load });
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
}

function pathValues(name: string, template: string, targets: Targets): readonly string[] {
	if (name === 'csduid') return targets.csduids;
	if (name === 'service' || (name === 'id' && template.startsWith('/api/services/'))) return targets.services;
	if (name === 'period') return targets.periods;
	return targets.others ?? ['1'];
}

function queryValues(parameter: QueryParameter, targets: Targets): readonly (string | null)[] {
	if (parameter.name === 'period') return targets.periods;
	if (parameter.schema?.enum) return parameter.schema.enum;
	if (parameter.name === 'k') return [null, String(Math.max(1, targets.serviceCount - 1))];
	return [null];
}

function product<T>(lists: readonly (readonly T[])[]): T[][] {
	return lists.reduce<T[][]>((combos, list) => combos.flatMap((combo) => list.map((value) => [...combo, value])), [[]]);
}

/** Every request to make of a door: a path, its parameters. */
export function requestsFor(door: Door, targets: Targets): { path: string; params: Record<string, string> }[] {
	const names = [...door.template.matchAll(/\{([a-z_]+)\}/gi)].map((match) => match[1] ?? '');
	const requests: { path: string; params: Record<string, string> }[] = [];
	for (const values of product(names.map((name) => pathValues(name, door.template, targets)))) {
		const params = Object.fromEntries(names.map((name, i) => [name, values[i] ?? '']));
		let path = door.template;
		for (const [name, value] of Object.entries(params)) path = path.replace(`{${name}}`, encodeURIComponent(value));
		for (const query of product(door.query.map((parameter) => queryValues(parameter, targets)))) {
			const search = new URLSearchParams();
			door.query.forEach((parameter, i) => {
				const value = query[i];
				if (value !== null && value !== undefined) search.set(parameter.name, value);
			});
			const suffix = search.size > 0 ? `?${search.toString()}` : '';
			requests.push({ path: `${path}${suffix}`, params });
		}
	}
	return requests;
}

/** One answer as collected: status, type and body, with what legitimately varies between runs blanked. */
export interface Collected {
	status: number;
	type: string;
	body: string;
}

const TIMESTAMP = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?/g;

export async function fetchAs(door: Door, request: { path: string; params: Record<string, string> }, user: AuthUser): Promise<Collected> {
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

/** Everything `user` gets from every door for the targets, by request path. */
export async function collect(user: AuthUser, targets: Targets, only?: (door: Door) => boolean): Promise<Map<string, Collected>> {
	const collected = new Map<string, Collected>();
	for (const door of doors()) {
		if (only && !only(door)) continue;
		for (const request of requestsFor(door, targets)) collected.set(request.path, await fetchAs(door, request, user));
	}
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
