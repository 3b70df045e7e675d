import type { RequestHandler } from './$types';
import { badParameter } from '$lib/server/api/respond';
import { chooseEncoding, gapsBody } from '$lib/server/api/gaps-json';
import { choosePeriod } from '$lib/server/coverage';
import { getDb } from '$lib/server/database';
import { viewerClearance } from '$lib/server/viewer';
import { conditional } from '$lib/server/api/conditional';

/**
 * Every community's gap level, reasons and Project P flag; `rank` orders the flagged ones (most urgent
 * first). `services` ranks the flagged police services the same way (issue 3, deliverable 4).
 * The bytes are built and compressed once per data version and disclosure pattern (gaps-json.ts).
 */
export const GET: RequestHandler = conditional(async ({ url, locals, request }) => {
	const db = await getDb();
	const choice = await choosePeriod(db, url.searchParams.get('period'));
	if (!choice.ok) return badParameter('period', choice.message);
	const encoding = chooseEncoding(request.headers.get('accept-encoding'));
	const body = await gapsBody(db, choice.period, await viewerClearance(locals), encoding);
	const headers: Record<string, string> = { 'content-type': 'application/json', 'content-length': String(body.length), vary: 'Accept-Encoding' };
	if (encoding !== 'identity') headers['content-encoding'] = encoding;
	return new Response(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.length), { headers });
});
