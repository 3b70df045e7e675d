/**
 * Security headers and the Content-Security-Policy configuration. Every HTML response of the
 * running app is checked end to end in tests/e2e/accounts.spec.ts; this file checks the sources,
 * and the answers the handle hook builds itself (redirects, refusals), which no page renders.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../src/hooks.server';
import { closeDatabase } from '../../src/lib/server/database';
import { fakeEvent, type FakeRequest } from './auth-support';
import { createTestDatabase, type TestDatabase } from './test-db';
import config from '../../svelte.config.js';
import { securityHeaders } from '../../src/lib/server/security-headers';
import { forbiddenPage } from '../../src/lib/server/auth/forbidden-page';

describe('security headers', () => {
	it('every answer says nosniff, a strict referrer policy and no framing', () => {
		const headers = new Map(securityHeaders(new URL('http://localhost:3000/')));
		expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
		expect(headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
		expect(headers.get('X-Frame-Options')).toBe('DENY');
	});

	it('HTTPS answers carry Strict-Transport-Security; plain-HTTP localhost does not', () => {
		expect(new Map(securityHeaders(new URL('https://atlas.example.ca/'))).get('Strict-Transport-Security')).toMatch(/max-age=\d{7,}/);
		expect(new Map(securityHeaders(new URL('http://localhost:3000/'))).has('Strict-Transport-Security')).toBe(false);
	});

	it('the CSP uses nonces, allows no inline or eval script, and forbids framing', () => {
		const csp = config.kit?.csp;
		expect(csp?.mode).toBe('nonce');
		const scripts = (csp?.directives?.['script-src'] ?? []) as string[];
		expect(scripts).not.toContain('unsafe-inline');
		expect(scripts).not.toContain('unsafe-eval');
		expect(csp?.directives?.['frame-ancestors']).toEqual(['none']);
		expect(csp?.directives?.['object-src']).toEqual(['none']);
	});

	it('the 403 page has its own strict CSP and no script', async () => {
		const response = forbiddenPage('fr');
		expect(response.status).toBe(403);
		const policy = response.headers.get('Content-Security-Policy') ?? '';
		expect(policy).toContain("default-src 'none'");
		expect(policy).toContain("frame-ancestors 'none'");
		const html = await response.text();
		expect(html).not.toContain('<script');
		expect(html).toContain('lang="fr-CA"');
		expect(html).toContain('Accès refusé');
	});
});

describe('headers on answers the handle hook builds itself', () => {
	let test: TestDatabase;
	beforeAll(async () => {
		test = await createTestDatabase();
		process.env.DATABASE_URL = test.url;
	});
	afterAll(async () => {
		await closeDatabase();
		await test.drop();
	});

	const never = () => {
		throw new Error('the route must not run');
	};

	async function handled(request: FakeRequest): Promise<Response> {
		return handle({ event: fakeEvent(request), resolve: never as never });
	}

	function expectSecurityHeaders(response: Response) {
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('x-frame-options')).toBe('DENY');
		expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
	}

	it('the sign-in redirect for an anonymous visitor carries them', async () => {
		const response = await handled({ routeId: '/gaps', path: '/gaps?lang=fr' });
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('/login?redirectTo=%2Fgaps%3Flang%3Dfr');
		expect(response.headers.getSetCookie().join('\n')).toContain('fr');
		expectSecurityHeaders(response);
	});

	it('a refused parameter, page or API, carries them and names the field', async () => {
		const page = await handled({ routeId: '/communities', path: '/communities?q=a%00', headers: { accept: 'text/html' } });
		expect(page.status).toBe(400);
		expect(await page.text()).toContain('q: contains a NUL character');
		expectSecurityHeaders(page);
		const api = await handled({ routeId: '/api/communities', path: '/api/communities?csduid=%00' });
		expect(api.status).toBe(400);
		expect((await api.json()).error.parameter).toBe('csduid');
		expectSecurityHeaders(api);
	});

	it('a cookie-bearing API write from another origin is refused with 403 JSON carrying them', async () => {
		const response = await handled({
			routeId: '/api/tokens',
			path: '/api/tokens',
			method: 'POST',
			sessionId: 'anything',
			headers: { 'content-type': 'application/json', origin: 'https://evil.example', cookie: 'atlas_session=anything' },
			body: '{"name":"x","scope":"read"}'
		});
		expect(response.status).toBe(403);
		expect((await response.json()).error.code).toBe('forbidden');
		expectSecurityHeaders(response);
	});
});
