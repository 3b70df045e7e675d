/**
 * New passwords must not be easy to guess (OWASP ASVS 4.0 V2.1.7 asks for a check against
 * breached or common passwords; NIST SP 800-63B 5.1.1.2 for "commonly-used, expected or
 * compromised" values). The estimate comes from zxcvbn-ts (the maintained TypeScript port of
 * Dropbox's zxcvbn) with its language-common dictionaries: common passwords, names and keyboard
 * patterns; repeats ("aaaaaaaaaaaa"), sequences and dates are scored by its own matchers.
 * Score 3 is zxcvbn's "safely unguessable" line (about 10^8 guesses), the usual minimum.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

export const MIN_PASSWORD_SCORE = 3;

let estimator: ZxcvbnFactory | null = null;

/** 0 (trivial) to 4 (very hard to guess); `context` (username, display name) counts as guessable. */
export function passwordScore(password: string, context: readonly string[] = []): number {
	estimator ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
	return estimator.check(password, [...context]).score;
}

export function isStrongPassword(password: string, context: readonly string[] = []): boolean {
	return passwordScore(password, context) >= MIN_PASSWORD_SCORE;
}
