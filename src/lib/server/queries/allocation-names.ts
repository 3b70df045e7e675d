/**
 * Names the allocation pages show, in the reader's language: police services by id, and communities with their
 * service (for the projection's map and list). Thin wrappers over the services and communities queries.
 */
import type { AtlasDb } from '../db/client';
import type { Locale } from '../../i18n/locale';
import { localName, serviceName } from '../../domain/names';
import type { CommunityName } from '../../domain/allocation/projection-view';
import * as communities from './communities';

export async function serviceNames(db: AtlasDb, locale: Locale): Promise<Record<string, string>> {
	const rows = await db.selectFrom('police_service').select(['id', 'name', 'name_fr']).execute();
	return Object.fromEntries(rows.map((row) => [row.id, serviceName(row.name, row.name_fr, locale)]));
}

export async function communityNames(db: AtlasDb, locale: Locale): Promise<CommunityName[]> {
	const rows = await communities.list(db);
	return rows.map((row) => ({
		csduid: row.csduid,
		name: localName(row.name, row.name_fr, locale),
		service_id: row.police_service_id,
		service_name: serviceName(row.police_service_name, row.police_service_name_fr, locale)
	}));
}

