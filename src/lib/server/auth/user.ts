/**
 * The signed-in user as the server sees it on every request (`event.locals.user`), and how the
 * request proved it: a browser session cookie or an API token with scopes.
 */
import type { ClearanceSubject } from '$lib/domain/clearance';
import type { OppRegion, Role } from '$lib/domain/vocabulary';

export const TOKEN_SCOPES = ['read', 'write'] as const;
/** `read`: GET requests only; `write`: every method the user's role allows. */
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export type Credential =
	| { kind: 'session'; session_hash: string }
	| { kind: 'token'; token_id: number; scopes: readonly TokenScope[] };

/** The fields of a user row an AuthUser is made from. */
export interface AccountIdentity {
	id: number;
	username: string;
	display_name: string;
	role: Role;
	police_service_id: string | null;
	/** The OPP region an `opp_region` account speaks for; absent or null for every other role. */
	opp_region?: OppRegion | null;
}

export interface AuthUser extends ClearanceSubject, AccountIdentity {
	credential: Credential;
}

export function toAuthUser(row: AccountIdentity, credential: Credential): AuthUser {
	return {
		id: row.id,
		username: row.username,
		display_name: row.display_name,
		role: row.role,
		police_service_id: row.police_service_id,
		opp_region: row.opp_region ?? null,
		credential
	};
}
