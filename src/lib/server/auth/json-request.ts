/** True when a request says its body is JSON (`application/json`, parameters allowed). */
export function isJson(request: Request): boolean {
	const type = request.headers.get('content-type') ?? '';
	return /^application\/json\s*(;|$)/i.test(type.trim());
}
