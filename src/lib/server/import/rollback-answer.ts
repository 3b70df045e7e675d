/** Why a rollback was refused, as an HTTP status and a message in the reader's language. */
import type { Locale } from '../../i18n/locale';
import { interpolate } from '../../i18n/text';
import { messages } from '../../i18n/messages';
import type { RollbackOutcome } from './rollback';

export interface RollbackProblem {
	status: 403 | 404 | 409;
	code: 'forbidden' | 'not_found' | 'conflict';
	message: string;
}

export function rollbackProblem(outcome: Exclude<RollbackOutcome, { ok: true }>, locale: Locale): RollbackProblem {
	const t = messages(locale).imports.problems;
	switch (outcome.reason) {
		case 'not_found':
			return { status: 404, code: 'not_found', message: interpolate(t.notFound, { id: outcome.id }) };
		case 'forbidden':
			return { status: 403, code: 'forbidden', message: t.rollbackForbidden };
		case 'already_rolled_back':
			return { status: 409, code: 'conflict', message: interpolate(t.alreadyRolledBack, { id: outcome.id }) };
		case 'conflict':
			return {
				status: 409,
				code: 'conflict',
				message:
					outcome.later === null
						? interpolate(t.rollbackChanged, { id: outcome.id, count: outcome.conflicting })
						: interpolate(t.rollbackConflict, { id: outcome.id, count: outcome.conflicting, later: outcome.later })
			};
	}
}
