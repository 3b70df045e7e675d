import { describe, expect, it } from 'vitest';
import { safeRedirect } from './redirect';

describe('safeRedirect', () => {
	it('keeps a path on this site, with its query', () => {
		expect(safeRedirect('/communities?q=sudbury')).toBe('/communities?q=sudbury');
		expect(safeRedirect('/services/toronto')).toBe('/services/toronto');
	});

	it('falls back to the home page for other sites and odd forms', () => {
		for (const target of ['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '/\nx', '', null, undefined]) {
			expect(safeRedirect(target), String(target)).toBe('/');
		}
		// Percent-encoded characters stay encoded: the browser requests them as a path on this site.
		expect(safeRedirect('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example');
	});

	it('never sends a user back to the sign-in or sign-out page', () => {
		expect(safeRedirect('/login')).toBe('/');
		expect(safeRedirect('/login?redirectTo=/audit')).toBe('/');
		expect(safeRedirect('/logout')).toBe('/');
		expect(safeRedirect('/login-help')).toBe('/login-help');
	});
});
