import { error, redirect, type Cookies, type RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { recordCookies, thrownAnswer } from './thrown-answer';

function event(method: string, headers: Record<string, string> = {}, isDataRequest = false) {
	return { request: new Request('http://atlas.test/project-p', { method, headers }), isDataRequest, route: { id: '/project-p' } } as Pick<
		RequestEvent,
		'request' | 'isDataRequest' | 'route'
	>;
}

function caught(run: () => never): unknown {
	try {
		run();
	} catch (thrown) {
		return thrown;
	}
	return null;
}

function jar(): Cookies {
	const values = new Map<string, string>();
	return {
		get: (name) => values.get(name),
		getAll: () => [...values].map(([name, value]) => ({ name, value })),
		set: (name, value) => void values.set(name, value),
		delete: (name) => void values.delete(name),
		serialize: (name, value, options) => `${name}=${value}; Path=${options.path}${options.maxAge === 0 ? '; Max-Age=0' : ''}`
	};
}

describe('answers for what the handle hook throws', () => {
	it('turns a sign-in redirect into a 303 that keeps the cookies set on the way', () => {
		const cookies = jar();
		const sent = recordCookies(cookies);
		cookies.set('atlas_locale', 'fr', { path: '/' });
		cookies.delete('atlas_session', { path: '/' });
		const response = thrownAnswer(event('GET'), caught(() => redirect(303, '/login?redirectTo=%2Fgaps')), sent(), 'en');
		expect(response?.status).toBe(303);
		expect(response?.headers.get('location')).toBe('/login?redirectTo=%2Fgaps');
		expect(response?.headers.getSetCookie()).toEqual(['atlas_locale=fr; Path=/', 'atlas_session=; Path=/; Max-Age=0']);
		expect(cookies.get('atlas_locale')).toBe('fr');
	});

	it('answers SvelteKit’s own client in JSON: data requests and enhanced form actions', async () => {
		const data = thrownAnswer(event('GET', {}, true), caught(() => redirect(303, '/login')), [], 'en');
		expect(await data?.json()).toEqual({ type: 'redirect', location: '/login' });
		const action = thrownAnswer(event('POST', { accept: 'application/json' }), caught(() => redirect(303, '/login')), [], 'en');
		expect(await action?.json()).toEqual({ type: 'redirect', status: 303, location: '/login' });
	});

	it('turns an error into a page in the reader’s language, or JSON for those who ask for it', async () => {
		const page = thrownAnswer(event('POST', { accept: 'text/html' }), caught(() => error(422, 'reason: contains a NUL character')), [], 'fr');
		expect(page?.status).toBe(422);
		expect(page?.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
		const html = (await page?.text()) ?? '';
		expect(html).toContain('lang="fr-CA"');
		expect(html).toContain('reason: contains a NUL character');
		expect(html).not.toContain('<script');
		const api = thrownAnswer(event('POST', { accept: 'application/json' }), caught(() => error(403, 'no')), [], 'en');
		expect(api?.status).toBe(403);
		expect(await api?.json()).toEqual({ message: 'no' });
	});

	it('leaves anything else to SvelteKit', () => {
		expect(thrownAnswer(event('GET'), new Error('database down'), [], 'en')).toBeNull();
	});
});
