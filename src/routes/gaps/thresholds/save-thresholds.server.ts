/**
 * Saving the gap thresholds: the new value and its audit entry (before and after) in one transaction,
 * so a committed change always has its entry and a failed one leaves neither (server/audit.ts).
 */
import type { CoverageThresholds } from '$lib/domain/coverage';
import * as audit from '$lib/server/audit';
import type { ChangeContext } from '$lib/server/change-context';
import type { AtlasDb } from '$lib/server/db/client';
import * as auditLog from '$lib/server/queries/audit-log';
import * as settings from '$lib/server/queries/settings';

const ACTION = 'setting.update';
const ENTITY = 'setting';

export async function saveThresholds(db: AtlasDb, value: CoverageThresholds, context: ChangeContext): Promise<void> {
	await db.transaction().execute(async (trx) => {
		const before = await settings.coverageThresholds(trx);
		await settings.saveCoverageThresholds(trx, value, context.actor.username);
		await audit.record(trx, {
			actor: audit.actorOf(context.actor),
			action: ACTION,
			entity_type: ENTITY,
			entity_id: settings.COVERAGE_THRESHOLDS_KEY,
			before: { ...before },
			after: { ...value },
			client_address: context.client_address,
			at: context.now
		});
	});
}

/** Who last changed the thresholds and when, from the audit log; null when nobody has. */
export async function lastChange(db: AtlasDb): Promise<{ actor: string; at: Date } | null> {
	// Other settings share the action; a handful of recent entries is enough to find this one's latest.
	const entries = await auditLog.list(db, { action: ACTION, entity_type: ENTITY, limit: 50, offset: 0 });
	const entry = entries.find((row) => row.entity_id === settings.COVERAGE_THRESHOLDS_KEY);
	return entry ? { actor: entry.actor, at: entry.at } : null;
}
