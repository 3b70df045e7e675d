/** Planner-editable settings stored as validated JSON (one row per key). */
import type { AtlasDb } from '../db/client';
import { DEFAULT_THRESHOLDS, parseThresholds, type CoverageThresholds } from '../../domain/coverage';

export const COVERAGE_THRESHOLDS_KEY = 'coverage_thresholds';

/** The stored gap-rule thresholds, or the documented defaults when none are stored. */
export async function coverageThresholds(db: AtlasDb): Promise<CoverageThresholds> {
	const row = await db.selectFrom('setting').select('value').where('key', '=', COVERAGE_THRESHOLDS_KEY).executeTakeFirst();
	if (!row) return { ...DEFAULT_THRESHOLDS };
	const parsed = parseThresholds(row.value);
	// A stored value is validated when written; an invalid one means manual tampering: fall back loudly.
	if (!parsed.ok) {
		console.error(`atlas: stored ${COVERAGE_THRESHOLDS_KEY} are invalid, using defaults: ${parsed.errors.map((e) => e.field).join(', ')}`);
		return { ...DEFAULT_THRESHOLDS };
	}
	return parsed.value;
}

export async function saveCoverageThresholds(db: AtlasDb, value: CoverageThresholds, updatedBy: string | null): Promise<void> {
	await db
		.insertInto('setting')
		.values({ key: COVERAGE_THRESHOLDS_KEY, value: JSON.stringify(value), updated_by: updatedBy })
		.onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value), updated_by: updatedBy, updated_at: new Date() }))
		.execute();
}
