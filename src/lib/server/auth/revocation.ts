/**
 * Ending a user's live credentials. Sessions and API tokens share the columns this needs (user_id,
 * revoked_at), and an administrator's password reset, role change or disabling ends both (accounts.ts).
 */
import type { AtlasDb } from '../db/client';

/** The update that marks every not-yet-revoked row of the user revoked at `now`; callers may narrow it further. */
export function revokeLiveOf(db: AtlasDb, table: 'sessions' | 'api_tokens', userId: number, now: Date) {
	return db.updateTable(table).set({ revoked_at: now }).where('user_id', '=', userId).where('revoked_at', 'is', null);
}
