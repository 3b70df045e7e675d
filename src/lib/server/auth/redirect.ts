/**
 * Where to go after signing in. Only a path on this site is accepted, never an absolute or
 * protocol-relative URL (OWASP Unvalidated Redirects and Forwards Cheat Sheet; ASVS 4.0 V5.1.5).
 */
const SIGN_IN_PAGES = /^\/(login|logout)(?:[/?#]|$)/;

export function safeRedirect(target: string | null | undefined, fallback = '/'): string {
	if (!target || !target.startsWith('/') || target.startsWith('//')) return fallback;
	// Backslashes and control characters are read as "//" or stripped by some browsers.
	if (/[\\\u0000-\u001f\u007f]/.test(target)) return fallback;
	if (SIGN_IN_PAGES.test(target)) return fallback;
	return target;
}
