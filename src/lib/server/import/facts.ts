/**
 * Stored data beyond a kind's own rows that its checks ask for (domain/import/kind.ts
 * FactRequest): a quarter file's units' earlier quarters, and what open Project P requests hold
 * of a roster file's members. Loaded only when asked, inside the caller's transaction.
 */
import type { FactRequest, Facts } from '../../domain/import/kind';
import type { HistoryQuarter, QuarterHistory } from '../../domain/import/plausibility';
import type { PeriodKey } from '../../domain/period';
import type { AtlasDb } from '../db/client';
import { committedFte } from './roster-commitments';

export async function loadFacts(db: AtlasDb, request: FactRequest): Promise<Facts> {
	const facts: Facts = {};
	if (request.quarterHistory) facts.quarterHistory = await quarterHistory(db, request.quarterHistory);
	if (request.committedFte) facts.committedFte = await committedFte(db, request.committedFte);
	return facts;
}

/** Every stored quarter of the units, in period order (a unit's history is small: a row per quarter). */
async function quarterHistory(db: AtlasDb, units: readonly string[]): Promise<QuarterHistory> {
	const history = new Map<string, HistoryQuarter[]>();
	if (units.length === 0) return history;
	const stored = await db.selectFrom('ice_quarter').selectAll().where('police_service_id', 'in', units).orderBy('police_service_id').orderBy('period').execute();
	for (const row of stored) {
		const list = history.get(row.police_service_id) ?? [];
		list.push({
			period: row.period as PeriodKey,
			capacity: { investigators_fte: row.investigators_fte, forensic_examiners_fte: row.forensic_examiners_fte, forensic_backlog_devices: row.forensic_backlog_devices },
			caseload: {
				referrals_received: row.referrals_received,
				investigations_opened: row.investigations_opened,
				investigations_concluded: row.investigations_concluded,
				charges_laid: row.charges_laid,
				victims_identified: row.victims_identified,
				open_backlog: row.open_backlog,
				files_referred_project_p: row.files_referred_project_p
			},
			capacityImportId: row.capacity_import_id
		});
		history.set(row.police_service_id, list);
	}
	return history;
}
