/**
 * The community outlines file (geo/shapes-asset.ts) as the server sends it: built once per
 * process from the topology it ships with, named by a hash of its content so it can be cached for a
 * year without ever going stale (a new topology or projection gives a new name), and compressed once,
 * gzip and brotli, instead of on every request. It is public geometry (Statistics Canada boundaries),
 * like the scripts under /_app: no viewer, no cookie, no audit.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import { mapGeometry } from '../geo/map-geometry';
import { parseTopology } from '../geo/topology';
import { shapesSvg } from '../geo/shapes-asset';
import { communitiesTopologyJson } from './geo';

const PREFIX = '/map/communities.';
const SUFFIX = '.svg';

interface MapAsset {
	url: string;
	identity: Buffer;
	/** Compressed on the first request for the file, so the first page need not wait for brotli. */
	gzip?: Promise<Buffer>;
	br?: Promise<Buffer>;
}

let asset: Promise<MapAsset> | null = null;

async function build(): Promise<MapAsset> {
	const { shapes } = mapGeometry(parseTopology(await communitiesTopologyJson()));
	const identity = Buffer.from(shapesSvg(shapes));
	const hash = createHash('sha256').update(identity).digest('base64url').slice(0, 12);
	return { url: `${PREFIX}${hash}${SUFFIX}`, identity };
}

function mapAsset(): Promise<MapAsset> {
	asset ??= build().catch((error: unknown) => {
		asset = null;
		throw error;
	});
	return asset;
}

function encoded(file: MapAsset, encoding: 'gzip' | 'br'): Promise<Buffer> {
	if (encoding === 'gzip') return (file.gzip ??= promisify(gzip)(file.identity, { level: 9 }));
	return (file.br ??= promisify(brotliCompress)(file.identity, {
		params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: file.identity.length }
	}));
}

/** Where pages point their `<use>` elements. */
export async function mapShapesUrl(): Promise<string> {
	return (await mapAsset()).url;
}

/**
 * The answer for a request of the file, or null when the path is not the file's. A name with another
 * hash (a page from an earlier build) is a 404: serving today's outlines under it would be cached for
 * a year as that name.
 */
export async function serveMapAsset(request: Request, pathname: string): Promise<Response | null> {
	if (!pathname.startsWith(PREFIX) || !pathname.endsWith(SUFFIX)) return null;
	if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405, headers: { allow: 'GET, HEAD' } });
	const file = await mapAsset();
	if (pathname !== file.url) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain', 'cache-control': 'no-cache' } });
	const accepted = request.headers.get('accept-encoding') ?? '';
	const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
	const body = encoding ? await encoded(file, encoding) : file.identity;
	const headers: Record<string, string> = {
		'content-type': 'image/svg+xml',
		'content-length': String(body.length),
		'cache-control': 'public, max-age=31536000, immutable',
		vary: 'Accept-Encoding'
	};
	if (encoding) headers['content-encoding'] = encoding;
	return new Response(request.method === 'HEAD' ? null : new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.length), { headers });
}
