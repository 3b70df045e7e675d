/**
 * Security headers and the Content-Security-Policy configuration. Every HTML response of the
 * running app is checked end to end in tests/e2e/accounts.spec.ts; this file checks the sources.
 */
import { describe, expect, it } from 'vitest';
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
