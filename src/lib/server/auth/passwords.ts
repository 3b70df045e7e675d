/**
 * Password hashing with Argon2id (`@node-rs/argon2`, whose default algorithm is Argon2id) at the
 * OWASP Password Storage Cheat Sheet's baseline: m = 19 MiB, t = 2, p = 1. Length rules follow
 * OWASP ASVS 4.0 V2.1.1–V2.1.2 (at least 12 characters, at most 128, no composition rules).
 */
import { hash, verify } from '@node-rs/argon2';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

const ARGON2ID_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export async function hashPassword(password: string): Promise<string> {
	return hash(password, ARGON2ID_OPTIONS);
}

/** A hash of a random password, computed once, so unknown usernames cost as much as known ones. */
let decoyHash: Promise<string> | null = null;

/**
 * True when `password` matches `passwordHash`. Without a hash (unknown or disabled account) it still
 * runs one verification against a decoy, so response time does not reveal whether an account exists.
 */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
	if (passwordHash === null) {
		decoyHash ??= hashPassword(crypto.randomUUID());
		await verify(await decoyHash, password).catch(() => false);
		return false;
	}
	return verify(passwordHash, password).catch(() => false);
}
