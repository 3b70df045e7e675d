import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Notice from './Notice.svelte';

describe('Notice', () => {
	it('keeps an empty live region in the page until a form is done, so the message is heard when it lands', () => {
		const empty = render(Notice, { props: { tone: 'done', message: null, testid: 'admin-status' } }).body;
		expect(empty).toMatch(/<p role="status"[^>]*data-testid="admin-status"[^>]*><\/p>/);
		const done = render(Notice, { props: { tone: 'done', message: 'User ada created.' } }).body;
		expect(done).toMatch(/<p role="status"[^>]*>User ada created\.<\/p>/);
	});

	it('shows a refusal as an alert with its title, and nothing at all without a message', () => {
		const refused = render(Notice, { props: { tone: 'error', message: 'Wrong password.', title: 'Could not sign in', testid: 'login-error' } }).body;
		expect(refused).toMatch(/<div role="alert"[^>]*data-testid="login-error"/);
		expect(refused).toMatch(/<h2[^>]*>Could not sign in<\/h2>/);
		expect(refused).toContain('Wrong password.</p>');
		const none = render(Notice, { props: { tone: 'error', message: null, testid: 'login-error' } }).body;
		expect(none).not.toContain('login-error');
		expect(none).not.toContain('role=');
	});
});
