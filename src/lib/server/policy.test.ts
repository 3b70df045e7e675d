import { describe, expect, it } from 'vitest';
import { actionName, chiefOfServiceOr, decide, PUBLIC, roles, ruleFor, SIGNED_IN, type Requester, type RoutePolicy } from './policy';

const table: Record<string, RoutePolicy> = {
	'/open': { GET: PUBLIC, POST: PUBLIC },
	'/read': { GET: SIGNED_IN },
	'/plan': { GET: roles('planner'), actions: { save: roles('planner'), default: roles('admin') } },
	'/api/services/[id]/capacity': { PUT: chiefOfServiceOr('id', 'planner') }
};
const viewer: Requester = { role: 'viewer', police_service_id: null, via: 'session', scopes: [] };
const planner: Requester = { role: 'planner', police_service_id: null, via: 'session', scopes: [] };
const chief = (service: string): Requester => ({ role: 'chief', police_service_id: service, via: 'session', scopes: [] });
const request = (routeId: string | null, method = 'GET', action: string | null = null, params = {}) => ({ routeId, method, action, params });
const options = { publicView: false, table };

describe('decide', () => {
	it('denies a route that has no policy, even to a planner', () => {
		expect(decide(request('/unknown'), planner, options)).toEqual({ allowed: false, reason: 'no_policy' });
		expect(decide(request('/read', 'DELETE'), planner, options)).toEqual({ allowed: false, reason: 'no_policy' });
	});

	it('lets an unmatched URL through: SvelteKit answers 404 and runs no route code', () => {
		expect(decide(request(null), null, options)).toEqual({ allowed: true });
	});

	it('asks anonymous visitors to sign in and tells signed-in users they are forbidden', () => {
		expect(decide(request('/read'), null, options)).toEqual({ allowed: false, reason: 'sign_in_required' });
		expect(decide(request('/plan'), viewer, options)).toEqual({ allowed: false, reason: 'forbidden' });
		expect(decide(request('/plan'), planner, options)).toEqual({ allowed: true });
	});

	it('treats HEAD as GET', () => {
		expect(decide(request('/read', 'HEAD'), viewer, options)).toEqual({ allowed: true });
	});

	it('judges a page POST by its form action', () => {
		expect(decide(request('/plan', 'POST', 'save'), planner, options).allowed).toBe(true);
		expect(decide(request('/plan', 'POST', 'default'), planner, options).allowed).toBe(false);
		expect(decide(request('/plan', 'POST', 'unknown'), planner, options)).toEqual({ allowed: false, reason: 'no_policy' });
	});

	it('lets a chief act on their own service only', () => {
		const put = (service: string) => request('/api/services/[id]/capacity', 'PUT', null, { id: service });
		expect(decide(put('toronto'), chief('toronto'), options).allowed).toBe(true);
		expect(decide(put('naps'), chief('toronto'), options).allowed).toBe(false);
		expect(decide(put('naps'), planner, options).allowed).toBe(true);
		expect(decide(put('naps'), viewer, options).allowed).toBe(false);
	});

	it('with the public view, anonymous visitors read like viewers but change nothing', () => {
		const open = { ...options, publicView: true };
		expect(decide(request('/read'), null, open)).toEqual({ allowed: true });
		expect(decide(request('/plan'), null, open)).toEqual({ allowed: false, reason: 'sign_in_required' });
		expect(decide(request('/plan', 'POST', 'save'), null, open).allowed).toBe(false);
	});

	it('limits a read-scoped API token to reading', () => {
		const token: Requester = { ...planner, via: 'token', scopes: ['read'] };
		expect(decide(request('/plan'), token, options).allowed).toBe(true);
		expect(decide(request('/plan', 'POST', 'save'), token, options)).toEqual({ allowed: false, reason: 'token_scope' });
		expect(decide(request('/plan', 'POST', 'save'), { ...token, scopes: ['read', 'write'] }, options).allowed).toBe(true);
		expect(decide(request('/open', 'POST'), token, options).allowed).toBe(true);
	});
});

describe('ruleFor', () => {
	it('finds the rule of every route in the real table that names one', () => {
		expect(ruleFor({ routeId: '/login', method: 'POST', action: 'default' })).toEqual(PUBLIC);
		expect(ruleFor({ routeId: '/audit', method: 'GET', action: null })).toEqual(roles('planner', 'admin'));
	});
});

describe('actionName', () => {
	it('reads the action the way SvelteKit does', () => {
		expect(actionName(new URL('http://x/admin/users?/create'))).toBe('create');
		expect(actionName(new URL('http://x/login'))).toBe('default');
		expect(actionName(new URL('http://x/login?lang=fr&/reset'))).toBe('reset');
	});
});
