import { describe, expect, it } from 'vitest';
import { personalise as personaliseBytes, placeholderViewer, toSharedPage } from './shared-page';

/** The page as text, as a browser would decode it. */
function personalise(...args: Parameters<typeof personaliseBytes>) {
	const { body, headers } = personaliseBytes(...args);
	return { body: new TextDecoder().decode(body), headers };
}

/** A page as the map page is drawn for the stand-in viewer: the name in the header and in the page data. */
function drawnFor(viewer: { username: string; display_name: string }, nonce: string) {
	const html =
		`<!doctype html><html><head><script nonce="${nonce}" src="/a.js"></script></head><body>` +
		`<p>Signed in as <strong>${viewer.display_name}</strong></p>` +
		`<script nonce="${nonce}">const data = {user:{username:"${viewer.username}",display_name:"${viewer.display_name}"}};</script></body></html>`;
	const headers = new Headers({
		'content-type': 'text/html',
		'content-security-policy': `script-src 'self' 'nonce-${nonce}'`,
		'set-cookie': 'atlas_session=someone-else',
		etag: '"drawn"'
	});
	return toSharedPage(html, headers);
}

describe('a page drawn once and made each viewer’s own', () => {
	const page = drawnFor(placeholderViewer(), 'Tm9uY2VEcmF3bkZvckFsbA==');

	it('fills in the viewer’s name as HTML in the page and as a script string in the data', () => {
		const name = `Ann <b>"O'Neil"</b> </script>`;
		const { body } = personalise(page, { username: 'ann', display_name: name }, 'bm9uY2Ux');
		expect(body).toContain('<strong>Ann &lt;b&gt;&quot;O&#39;Neil&quot;&lt;/b&gt; &lt;/script&gt;</strong>');
		const literal = /display_name:"((?:[^"\\]|\\.)*)"/.exec(body)?.[1];
		expect(literal).toBe(`Ann \\u003Cb>\\"O'Neil\\"\\u003C/b> \\u003C/script>`);
		expect(JSON.parse(`"${literal}"`)).toBe(name);
		expect(body).toContain('username:"ann"');
		// Exactly the two script elements of the page: the name did not close one early.
		expect(body.match(/<\/script>/g)).toHaveLength(2);
	});

	it('leaves no stand-in and no nonce of another response behind', () => {
		const { body, headers } = personalise(page, { username: 'bo', display_name: 'Bo' }, 'bm9uY2Uy');
		const placeholder = placeholderViewer();
		expect(body).not.toContain(placeholder.display_name);
		expect(body).not.toContain(placeholder.username);
		expect(body).not.toContain('Tm9uY2VEcmF3bkZvckFsbA==');
		expect(body.match(/nonce="bm9uY2Uy"/g)).toHaveLength(2);
		expect(headers.get('content-security-policy')).toBe("script-src 'self' 'nonce-bm9uY2Uy'");
	});

	it('gives every response a nonce of its own', () => {
		const one = personalise(page, { username: 'bo', display_name: 'Bo' }).headers.get('content-security-policy');
		const two = personalise(page, { username: 'bo', display_name: 'Bo' }).headers.get('content-security-policy');
		expect(one).toMatch(/'nonce-[A-Za-z0-9+/]{22}=='/);
		expect(two).not.toBe(one);
	});

	it('never passes on the cookies or validators of the response it was drawn from', () => {
		const { headers } = personalise(page, { username: 'bo', display_name: 'Bo' });
		expect(headers.get('set-cookie')).toBeNull();
		expect(headers.get('etag')).toBeNull();
		expect(headers.get('content-type')).toBe('text/html');
	});
});
