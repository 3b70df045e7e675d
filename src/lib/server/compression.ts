/**
 * gzip for HTML, JSON and CSV answers. adapter-node compresses only prebuilt static files, and the
 * atlas map page is about 1 MB of SVG and data before compression (about a fifth after).
 */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml))/;
const MIN_BYTES = 1024;

export function compress(request: Request, response: Response): Response {
	const accepts = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
	const type = response.headers.get('content-type') ?? '';
	const length = Number(response.headers.get('content-length') ?? Infinity);
	if (!accepts || !response.body || response.headers.has('content-encoding') || !COMPRESSIBLE.test(type) || length < MIN_BYTES) {
		return response;
	}
	const headers = new Headers(response.headers);
	headers.set('content-encoding', 'gzip');
	headers.delete('content-length');
	headers.append('vary', 'Accept-Encoding');
	return new Response(response.body.pipeThrough(new CompressionStream('gzip')), {
		status: response.status,
		statusText: response.statusText,
		headers
	});
}
