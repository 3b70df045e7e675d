/**
 * The imports use case as both doors see it, the page and the API: who may act as an importer, and
 * which imports and datasets that person may see. A chief sees their own service's imports and the
 * datasets they may import; a planner sees everything. Written once so the two doors cannot drift.
 */
import { IMPORT_KINDS, type ImportKind } from '$lib/domain/import/kinds';
import { importableKinds, maySeeDataset, mayUseImports, type ImportActor } from '$lib/domain/import/permissions';
import type { AuthUser } from '$lib/server/auth/user';
import type { AtlasDb } from '$lib/server/db/client';
import { provenance, type DatasetProvenance } from '$lib/server/import/provenance';
import * as imports from '$lib/server/queries/imports';
import * as services from '$lib/server/queries/services';

/** The importer behind a signed-in user, or null when their role does not import at all. */
export function importActor(user: AuthUser): ImportActor | null {
	if (!mayUseImports(user)) return null;
	return { id: user.id, username: user.username, role: user.role, police_service_id: user.police_service_id };
}

/** Import history, newest first, scoped to what this importer may see. */
export function importHistory(db: AtlasDb, actor: ImportActor): Promise<imports.ImportRow[]> {
	// A chief without a service sees nothing rather than everything: '' matches no service.
	return imports.list(db, actor.role === 'chief' ? { police_service_id: actor.police_service_id ?? '' } : {});
}

export interface ImportsOverview {
	kinds: ImportKind[];
	/** The chief's own police service (both names), null for a planner. */
	chiefService: Pick<services.ServiceListRow, 'name' | 'name_fr'> | null;
	history: imports.ImportRow[];
	provenance: DatasetProvenance[];
}

/** Everything the imports page lists for this importer. */
export async function importsOverview(db: AtlasDb, actor: ImportActor): Promise<ImportsOverview> {
	const [own, history, datasets] = await Promise.all([
		actor.role === 'chief' && actor.police_service_id ? services.find(db, actor.police_service_id) : null,
		importHistory(db, actor),
		provenance(db)
	]);
	return {
		kinds: importableKinds(actor, IMPORT_KINDS),
		chiefService: own ? { name: own.name, name_fr: own.name_fr } : null,
		history,
		provenance: datasets.filter((row) => maySeeDataset(actor, row.dataset))
	};
}
