/**
 * Response headers every page and API answer carries (issue: accounts and security). The
 * Content-Security-Policy itself comes from svelte.config.js (`kit.csp`, nonces for scripts).
 */
export function securityHeaders(url: URL): [string, string][] {
	const headers: [string, string][] = [
		['X-Content-Type-Options', 'nosniff'],
		['Referrer-Policy', 'strict-origin-when-cross-origin'],
		['X-Frame-Options', 'DENY'],
		['Permissions-Policy', 'camera=(), microphone=(), geolocation=()']
	];
	if (url.protocol === 'https:' || (!isLocalHost(url) && process.env.NODE_ENV === 'production')) {
		headers.push(['Strict-Transport-Security', 'max-age=31536000; includeSubDomains']);
	}
	return headers;
}

/** Plain-HTTP development and test hosts: no HSTS, and cookies without the Secure flag. */
export function isLocalHost(url: URL): boolean {
	return url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
}
