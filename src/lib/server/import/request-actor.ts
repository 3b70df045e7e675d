/**
 * The person behind an import request, or the answer that refuses it. The route policy already
 * admitted the request; this is the second, import-specific gate (planners and chiefs only).
 */
import type { Locale } from '../../i18n/locale';
import { messages } from '../../i18n/messages';
import type { ImportActor } from '../../domain/import/permissions';
import { importActor } from '../services/imports';
import { apiError } from '../api/respond';
import type { AuthUser } from '../auth/user';

export function requestActor(user: AuthUser | null, locale: Locale): ImportActor | Response {
	if (!user) return apiError(401, 'unauthorized', 'Sign in with POST /api/session, or send an API token (Authorization: Bearer)');
	return importActor(user) ?? apiError(403, 'forbidden', messages(locale).imports.problems.forbiddenKind);
}
