import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { mapShapesUrl, serveMapAsset } from './map-asset';

describe('the outlines file as served', () => {
	it('is served under its content hash, immutable, in the encoding asked for', async () => {
		const url = await mapShapesUrl();
		expect(url).toMatch(/^\/map\/communities\.[\w-]{12}\.svg$/);
		const plain = await serveMapAsset(new Request(`http://localhost${url}`), url);
		expect(plain?.status).toBe(200);
		expect(plain?.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect(plain?.headers.get('content-type')).toBe('image/svg+xml');
		const text = await plain!.text();
		expect(text.match(/<path id="c35\d{5}" d="M[^"]+"\/>/g)?.length).toBe(577);
		const gzipped = await serveMapAsset(new Request(`http://localhost${url}`, { headers: { 'accept-encoding': 'gzip' } }), url);
		expect(gzipped?.headers.get('content-encoding')).toBe('gzip');
		expect(gunzipSync(Buffer.from(await gzipped!.arrayBuffer())).toString('utf8')).toBe(text);
		const brotli = await serveMapAsset(new Request(`http://localhost${url}`, { headers: { 'accept-encoding': 'gzip, br' } }), url);
		expect(brotli?.headers.get('content-encoding')).toBe('br');
		expect(brotliDecompressSync(Buffer.from(await brotli!.arrayBuffer())).toString('utf8')).toBe(text);
	});

	it('answers 404 to another hash and leaves other paths alone', async () => {
		const stale = await serveMapAsset(new Request('http://localhost/map/communities.AAAAAAAAAAAA.svg'), '/map/communities.AAAAAAAAAAAA.svg');
		expect(stale?.status).toBe(404);
		expect(stale?.headers.get('cache-control')).toBe('no-cache');
		expect(await serveMapAsset(new Request('http://localhost/map'), '/map')).toBeNull();
		expect(await serveMapAsset(new Request('http://localhost/'), '/')).toBeNull();
	});
});
