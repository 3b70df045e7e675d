/**
 * THE authorisation policy: one rule per route × method (and per form action), checked in
 * hooks.server.ts for every request before the route's load, action or handler runs. Nothing is
 * only hidden in the UI (OWASP ASVS 4.0 V4.1.1 "enforced on a trusted service layer", V4.1.3
 * least privilege, V4.1.5 fail securely): a route with no rule here is denied, and the
 * authorisation-matrix test fails naming it.
 *
 * Keys are SvelteKit route ids (`event.route.id`: the folder path under src/routes, with
 * matchers, e.g. '/communities/[csduid=csduid]'). To add a route, add one line below and its
 * expected allow/deny row in tests/integration/authorization-matrix.test.ts. A page with a link in
 * the site header declares it here too (`nav`), so the link shows to exactly whom its GET rule admits.
 *
 * Reading is not the same as clearance: every signed-in role may read the atlas pages, and the
 * pages suppress counts of 1–4 for services the reader is not cleared for (domain/clearance.ts).
 */
import type { Role } from '$lib/domain/vocabulary';
import type { Messages } from '$lib/i18n/messages';
import type { AuthUser, TokenScope } from './auth/user';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** Who is asking, as the policy sees it. */
export interface Requester {
	/** null: anonymous. */
	role: Role | null;
	police_service_id: string | null;
	/** How the request authenticated: a browser session, an API token, or not at all. */
	via: 'session' | 'token' | null;
	/** The token's scopes; empty for sessions and anonymous requests. */
	scopes: readonly TokenScope[];
}

export type RouteParams = Readonly<Partial<Record<string, string>>>;

export type Rule =
	| { kind: 'public' }
	| { kind: 'signed_in' }
	| { kind: 'roles'; roles: readonly Role[] }
	| { kind: 'custom'; description: string; allows: (requester: Requester, params: RouteParams) => boolean };

/** A page's link in the site header: which menu, where in it, and its words in the dictionary. */
export interface NavEntry {
	readonly menu: 'main' | 'account';
	/** Order within the menu, smallest first. */
	readonly position: number;
	readonly label: (t: Messages) => string;
}

export type RoutePolicy = { readonly [M in HttpMethod]?: Rule } & {
	/** A page's form actions by name ('default' for the unnamed one); they replace the POST rule. */
	readonly actions?: Readonly<Record<string, Rule>>;
	/** The page's link in the site header, shown to whoever may GET it (server/site-nav.ts). */
	readonly nav?: NavEntry;
};

// ── Rules ─────────────────────────────────────────────────────────────────────────────────────────

export const PUBLIC: Rule = { kind: 'public' };
/** Any signed-in role; anonymous visitors too for GET when ATLAS_PUBLIC_VIEW=true. */
export const SIGNED_IN: Rule = { kind: 'signed_in' };
export function roles(...allowed: Role[]): Rule {
	return { kind: 'roles', roles: allowed };
}
/** Signed in with a browser session, not an API token: a token must not mint or revoke tokens. */
export const SESSION_ONLY: Rule = {
	kind: 'custom',
	description: 'signed in with a session (not an API token)',
	allows: (requester) => requester.via === 'session'
};
/** A chief of the service named by the route parameter `param`, or one of `others` roles. */
export function chiefOfServiceOr(param: string, ...others: Role[]): Rule {
	return {
		kind: 'custom',
		description: `chief of the service in [${param}], or ${others.join(', ') || 'nobody else'}`,
		allows: (requester, params) =>
			(requester.role !== null && others.includes(requester.role)) ||
			(requester.role === 'chief' && requester.police_service_id !== null && requester.police_service_id === params[param])
	};
}

const READ: RoutePolicy = { GET: SIGNED_IN };

/** Links of the main menu and of the account line, at `position` in their menu. */
function mainLink(position: number, label: NavEntry['label']): NavEntry {
	return { menu: 'main', position, label };
}
function accountLink(position: number, label: NavEntry['label']): NavEntry {
	return { menu: 'account', position, label };
}

// ── The table ─────────────────────────────────────────────────────────────────────────────────────

export const routePolicies: Readonly<Record<string, RoutePolicy>> = {
	// Signing in and out, and machine-readable service descriptions.
	'/login': { GET: PUBLIC, actions: { default: PUBLIC } },
	'/logout': { POST: PUBLIC },
	'/api/session': { GET: SIGNED_IN, POST: PUBLIC, DELETE: PUBLIC },
	'/api/health': { GET: PUBLIC },
	'/api/openapi.json': { GET: PUBLIC },
	// How the data are made (sources, illustrative generator, dataset provenance): nothing sensitive.
	'/about/data': { GET: PUBLIC },

	// Reading the atlas: counts suppressed unless cleared (domain.md §9).
	'/(atlas)': { ...READ, nav: mainLink(1, (t) => t.nav.map) },
	'/communities': { ...READ, nav: mainLink(2, (t) => t.nav.communities) },
	'/communities/[csduid=csduid]': READ,
	'/services': { ...READ, nav: mainLink(3, (t) => t.nav.services) },
	'/services/[id=service]': READ,
	'/gaps': { ...READ, nav: mainLink(4, (t) => t.nav.gaps) },
	'/api/communities': READ,
	'/api/communities/[csduid]': READ,
	'/api/communities/[csduid]/metrics': READ,
	'/api/services': READ,
	'/api/services/[id]': READ,
	'/api/services/[id]/metrics': READ,
	'/api/gaps': READ,
	'/api/metrics': READ,
	'/api/baselines': READ,
	'/gaps/export.csv': READ,
	// Gap thresholds are a planner's policy choice (issue 3); the change is audited.
	'/gaps/thresholds': { GET: roles('planner'), actions: { default: roles('planner') } },
	'/export/atlas.csv': READ,
	// Peer comparison (issue 8): every reader; figures disclosed per viewer like the rest of the atlas.
	'/compare': { ...READ, nav: mainLink(5, (t) => t.compare.nav) },
	'/compare/[service=service]': READ,
	'/compare/[service=service]/comparison.csv': READ,
	'/compare/side-by-side': READ,
	'/api/services/[id]/peers': READ,
	'/api/compare': READ,

	// Allocation planning (issue 6) is a planner's: drafts are deliberations and approved splits decisions, so only
	// planners read them too (admins manage accounts, not funding; chiefs must not see each other's amounts early).
	'/allocations': { GET: roles('planner'), nav: mainLink(8, (t) => t.allocations.nav) },
	'/allocations/new': { GET: roles('planner'), actions: { default: roles('planner') } },
	'/allocations/compare': { GET: roles('planner') },
	'/allocations/[id]': {
		GET: roles('planner'),
		actions: {
			save: roles('planner'),
			rename: roles('planner'),
			duplicate: roles('planner'),
			delete: roles('planner'),
			approve: roles('planner')
		}
	},
	'/allocations/[id]/export.csv': { GET: roles('planner') },
	'/allocations/[id]/briefing': { GET: roles('planner') },
	'/api/allocations': { GET: roles('planner'), POST: roles('planner') },
	'/api/allocations/compute': { POST: roles('planner') },
	'/api/allocations/[id]': { GET: roles('planner') },

	// Project P assistance (domain/project-p/permissions.ts). Chiefs and OPP regional commands file; only coordinators
	// move requests on; planners read; viewers and admins see no request, as a request reveals an investigation need. A
	// chief only files for and sees their own service's communities, an OPP regional command those its team answers for
	// and the requests its team filed: checked in the server code (the routes carry no service id).
	'/project-p': { GET: roles('project_p', 'chief', 'opp_region', 'planner'), nav: mainLink(10, (t) => t.projectP.nav) },
	'/project-p/roster': { GET: roles('project_p', 'planner') },
	'/project-p/requests/new': {
		GET: roles('project_p', 'chief', 'opp_region'),
		actions: { default: roles('project_p', 'chief', 'opp_region') }
	},
	'/project-p/requests/[id]': {
		GET: roles('project_p', 'chief', 'opp_region', 'planner'),
		actions: { triage: roles('project_p'), decline: roles('project_p'), assign: roles('project_p'), start: roles('project_p'), close: roles('project_p') }
	},
	'/api/project-p/requests': { GET: roles('project_p', 'chief', 'opp_region', 'planner'), POST: roles('project_p', 'chief', 'opp_region') },
	'/api/project-p/requests/[id]': { GET: roles('project_p', 'chief', 'opp_region', 'planner'), PATCH: roles('project_p') },
	'/api/project-p/roster': { GET: roles('project_p', 'planner') },
	// An OPP regional command's own view: its team's load and the communities it answers for (the account's region).
	'/opp/region': { GET: roles('opp_region'), nav: mainLink(9, (t) => t.projectP.region.nav) },

	// Strategy streams beyond policing (issue 10): prevention and training are read like the atlas; registry
	// compliance, though aggregated per service, is a planner's (it concerns registered offenders).
	'/streams': { ...READ, nav: mainLink(6, (t) => t.streams.nav) },
	'/streams/prevention': READ,
	'/streams/prevention/export.csv': READ,
	'/streams/training': READ,
	'/streams/training/export.csv': READ,
	'/streams/registry': { GET: roles('planner') },
	'/streams/registry/export.csv': { GET: roles('planner') },
	'/api/streams/prevention': READ,
	'/api/streams/training': READ,
	'/api/streams/registry': { GET: roles('planner') },

	// Importing real figures (issue 9): planners import everything; chiefs their own service's capacity
	// and caseload (the row-level rule is enforced in src/lib/server/import/).
	'/imports': {
		GET: roles('planner', 'chief'),
		nav: mainLink(7, (t) => t.imports.nav),
		actions: { preview: roles('planner', 'chief'), commit: roles('planner', 'chief'), rollback: roles('planner', 'chief') }
	},
	'/imports/dictionary': READ,
	'/api/imports': { GET: roles('planner', 'chief'), POST: roles('planner', 'chief') },
	'/api/imports/[id]/commit': { POST: roles('planner', 'chief') },
	'/api/imports/[id]/rollback': { POST: roles('planner', 'chief') },
	'/api/imports/templates/[kind].csv': READ,

	// Accounts, tokens and the audit trail.
	'/admin/users': {
		GET: roles('admin'),
		nav: accountLink(1, (t) => t.auth.adminUsers),
		actions: {
			create: roles('admin'),
			update: roles('admin'),
			resetPassword: roles('admin'),
			disable: roles('admin'),
			enable: roles('admin')
		}
	},
	'/audit': { GET: roles('planner', 'admin'), nav: accountLink(2, (t) => t.auth.auditLog) },
	'/api/tokens': { GET: SESSION_ONLY, POST: SESSION_ONLY },
	'/api/tokens/[id]': { DELETE: SESSION_ONLY }
};

// ── Deciding ──────────────────────────────────────────────────────────────────────────────────────

export interface PolicyRequest {
	/** `event.route.id`; null when no route matched (SvelteKit answers 404 and runs nothing). */
	routeId: string | null;
	method: string;
	/** The form action's name for a page POST ('default' when unnamed); see actionName(). */
	action: string | null;
	params: RouteParams;
}

export type Decision =
	| { allowed: true }
	| { allowed: false; reason: 'sign_in_required' | 'forbidden' | 'token_scope' | 'no_policy' };

export interface PolicyOptions {
	/** ATLAS_PUBLIC_VIEW=true: anonymous GET requests are treated as a viewer's. */
	publicView: boolean;
	table?: Readonly<Record<string, RoutePolicy>>;
}

const ANONYMOUS: Requester = { role: null, police_service_id: null, via: null, scopes: [] };
const PUBLIC_VIEWER: Requester = { role: 'viewer', police_service_id: null, via: null, scopes: [] };

/** The rule for a request, or null when the table has none (deny). */
export function ruleFor(request: Omit<PolicyRequest, 'params'>, table = routePolicies): Rule | null {
	if (request.routeId === null) return null;
	const entry = table[request.routeId];
	if (!entry) return null;
	const method = request.method === 'HEAD' ? 'GET' : request.method;
	if (method === 'POST' && entry.actions) return entry.actions[request.action ?? 'default'] ?? null;
	return isHttpMethod(method) ? (entry[method] ?? null) : null;
}

export function decide(request: PolicyRequest, requester: Requester | null, options: PolicyOptions): Decision {
	if (request.routeId === null) return { allowed: true };
	const rule = ruleFor(request, options.table);
	const reading = request.method === 'GET' || request.method === 'HEAD';
	const who = requester ?? (options.publicView && reading ? PUBLIC_VIEWER : ANONYMOUS);
	if (!rule) return { allowed: false, reason: 'no_policy' };
	if (rule.kind === 'public') return { allowed: true };
	if (!allows(rule, who, request.params)) return { allowed: false, reason: requester === null ? 'sign_in_required' : 'forbidden' };
	if (who.via === 'token' && !reading && !who.scopes.includes('write')) return { allowed: false, reason: 'token_scope' };
	return { allowed: true };
}

/** A signed-in user as the policy sees them: role, service, and how they authenticated. */
export function requesterOf(user: AuthUser): Requester {
	const credential = user.credential;
	return {
		role: user.role,
		police_service_id: user.police_service_id,
		via: credential.kind,
		scopes: credential.kind === 'token' ? credential.scopes : []
	};
}

/**
 * May `user` (null: anonymous) make this request? What the UI asks before it shows a link or a
 * button, so that it shows exactly what `decide` will let through and never re-encodes roles.
 */
export function can(
	user: AuthUser | null,
	routeId: string,
	method: HttpMethod = 'GET',
	options: { params?: RouteParams; publicView?: boolean } = {}
): boolean {
	const request = { routeId, method, action: null, params: options.params ?? {} };
	return decide(request, user ? requesterOf(user) : null, { publicView: options.publicView ?? false }).allowed;
}

function allows(rule: Rule, requester: Requester, params: RouteParams): boolean {
	switch (rule.kind) {
		case 'public':
			return true;
		case 'signed_in':
			return requester.role !== null;
		case 'roles':
			return requester.role !== null && rule.roles.includes(requester.role);
		case 'custom':
			return rule.allows(requester, params);
	}
}

function isHttpMethod(method: string): method is HttpMethod {
	return (HTTP_METHODS as readonly string[]).includes(method);
}

/** A page POST's form action, read the way SvelteKit reads it: the first `?/name` parameter. */
export function actionName(url: URL): string {
	for (const [key] of url.searchParams) {
		if (key.startsWith('/')) return key.slice(1);
	}
	return 'default';
}
