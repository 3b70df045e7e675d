/**
 * What each role may read of an audit entry (domain.md §9; OWASP ASVS 4.0 V7.1: logs must not become
 * a way round the access rules they record). The log is read by planners and administrators:
 * - a planner may see every Project P request and every allocation draft, so sees every entry whole;
 * - an administrator manages accounts: sees who did what, when, to which kind of entity, and account
 *   entries whole, but not the protected content of other entries: a Project P request's community,
 *   description or decline reason (a request reveals an investigation need in a named community), a
 *   draft allocation's amounts and parameters (planner-only), or which service Project P was cleared for.
 * Any other role, and any entity type not listed, gets the protected view: a new kind of entry stays
 * hidden until someone decides it may be shown. Pure: the server applies it before anything leaves.
 */
import type { Role } from './vocabulary';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Marks a value the reader may not see; the key stays, so the reader knows something was there. */
export const REDACTED = Object.freeze({ redacted: true as const });

/** Entity types an administrator reads whole: the accounts and sign-ins they manage, and data loads. */
const OPEN_TO_ADMIN: ReadonlySet<string> = new Set(['user', 'account', 'client_address', 'api_token', 'data_import', 'setting']);

/**
 * Keys shown even in the protected view: where a thing stands and what it is called, never what it
 * holds. An allocation scenario's name and period are the planners' labels, not its amounts.
 */
const SHOWN_KEYS: Readonly<Record<string, ReadonlySet<string>>> = {
	project_p_request: new Set(['status']),
	allocation_scenario: new Set(['status', 'name', 'period']),
	police_service: new Set(['status'])
};

/** Entity types whose id itself is protected (a clearance names the service that asked for help). */
const HIDDEN_IDS: ReadonlySet<string> = new Set(['police_service']);

export interface AuditContent {
	entity_type: string;
	entity_id: string | null;
	before: Json | null;
	after: Json | null;
}

export interface DisclosedAuditContent extends AuditContent {
	/** True when something was withheld from this reader. */
	redacted: boolean;
}

function seesWhole(role: Role | null, entityType: string): boolean {
	return role === 'planner' || (role === 'admin' && OPEN_TO_ADMIN.has(entityType));
}

function mask(value: Json | null, shown: ReadonlySet<string>): Json | null {
	if (value === null) return null;
	if (typeof value !== 'object' || Array.isArray(value)) return { ...REDACTED };
	return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shown.has(key) ? inner : { ...REDACTED }]));
}

/** An entry's entity and content as `role` may read them. */
export function discloseAuditContent(role: Role | null, entry: AuditContent): DisclosedAuditContent {
	if (seesWhole(role, entry.entity_type)) return { ...entry, redacted: false };
	const shown = SHOWN_KEYS[entry.entity_type] ?? new Set<string>();
	const before = mask(entry.before, shown);
	const after = mask(entry.after, shown);
	const hideId = HIDDEN_IDS.has(entry.entity_type) && entry.entity_id !== null;
	const changed = hideId || JSON.stringify(before) !== JSON.stringify(entry.before) || JSON.stringify(after) !== JSON.stringify(entry.after);
	return { entity_type: entry.entity_type, entity_id: hideId ? null : entry.entity_id, before, after, redacted: changed };
}
