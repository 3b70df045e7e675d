/** Reading the audit log (writing is audit.ts's `record`). Newest first, filtered, a page at a time. */
import type { AtlasDb } from '../db/client';
import type { JsonValue } from '../db/schema';

export interface AuditFilters {
	/** Username of whoever acted (exact, case-insensitive). */
	actor?: string;
	action?: string;
	entity_type?: string;
	/** Inclusive lower bound. */
	from?: Date;
	/** Exclusive upper bound. */
	until?: Date;
	limit: number;
	offset: number;
}

export interface AuditLogRow {
	id: number;
	at: Date;
	actor: string;
	action: string;
	entity_type: string;
	entity_id: string | null;
	before: JsonValue | null;
	after: JsonValue | null;
	client_address: string | null;
}

export async function list(db: AtlasDb, filters: AuditFilters): Promise<AuditLogRow[]> {
	return db
		.selectFrom('audit_log')
		.select(['id', 'at', 'actor', 'action', 'entity_type', 'entity_id', 'before', 'after', 'client_address'])
		.$if(Boolean(filters.actor), (qb) => qb.where('actor', '=', (filters.actor ?? '').toLowerCase()))
		.$if(Boolean(filters.action), (qb) => qb.where('action', '=', filters.action ?? ''))
		.$if(Boolean(filters.entity_type), (qb) => qb.where('entity_type', '=', filters.entity_type ?? ''))
		.$if(filters.from !== undefined, (qb) => qb.where('at', '>=', filters.from ?? new Date(0)))
		.$if(filters.until !== undefined, (qb) => qb.where('at', '<', filters.until ?? new Date(0)))
		.orderBy('at', 'desc')
		.orderBy('id', 'desc')
		.limit(filters.limit)
		.offset(filters.offset)
		.execute();
}

/** The actions and entity types that occur, for the filter menus. */
export async function vocabulary(db: AtlasDb): Promise<{ actions: string[]; entity_types: string[] }> {
	const [actions, entityTypes] = await Promise.all([
		db.selectFrom('audit_log').select('action').distinct().orderBy('action').execute(),
		db.selectFrom('audit_log').select('entity_type').distinct().orderBy('entity_type').execute()
	]);
	return { actions: actions.map((r) => r.action), entity_types: entityTypes.map((r) => r.entity_type) };
}
