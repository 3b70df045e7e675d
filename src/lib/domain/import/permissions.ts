/**
 * Who may import what (issue 9, "Permissions"): planners import every kind; chiefs import
 * capacity and caseload, for their own service only (the row-level rule is checked while
 * validating, row-checks.ts); every other role is refused. Checked on the server for every
 * import, preview and rollback, whatever the route policy already allowed.
 */
import type { Role } from '../vocabulary';
import { kindSpec, type ImportKind } from './kinds';

export interface ImportActor {
	/** null only for non-user actors (scripts, benchmarks). */
	id: number | null;
	username: string;
	role: Role;
	police_service_id: string | null;
}

export function mayUseImports(actor: ImportActor): boolean {
	return actor.role === 'planner' || (actor.role === 'chief' && actor.police_service_id !== null);
}

export function mayImport(actor: ImportActor, kind: ImportKind): boolean {
	if (actor.role === 'planner') return true;
	return actor.role === 'chief' && actor.police_service_id !== null && kindSpec(kind).chiefsMayImport;
}

/** Kinds offered to the actor on the imports page. */
export function importableKinds(actor: ImportActor, kinds: readonly ImportKind[]): ImportKind[] {
	return kinds.filter((kind) => mayImport(actor, kind));
}

/** Whether the actor may see the kind's dataset on the imports page, even as counts (registry data is planners' only). */
export function maySeeDataset(actor: ImportActor, kind: ImportKind): boolean {
	return actor.role === 'planner' || !kindSpec(kind).plannersOnly;
}

/** Planners roll back any import; a chief only the imports they made. */
export function mayRollback(actor: ImportActor, imported: { user_id: number | null; kind: ImportKind }): boolean {
	if (actor.role === 'planner') return true;
	return mayImport(actor, imported.kind) && actor.id !== null && actor.id === imported.user_id;
}
