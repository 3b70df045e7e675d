/**
 * Bearer secrets (session ids, API tokens): 256 random bits, sent to the client once, stored only
 * as a SHA-256 digest. A fast hash is enough for secrets of full entropy (OWASP Session Management
 * Cheat Sheet, "Session ID Entropy"); a database leak then yields no usable session or token.
 */
import { createHash, randomBytes } from 'node:crypto';

export function newSecret(prefix = ''): string {
	return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export function digest(secret: string): string {
	return createHash('sha256').update(secret, 'utf8').digest('hex');
}
