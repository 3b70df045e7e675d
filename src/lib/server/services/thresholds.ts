/**
 * The gap thresholds use case: reading them with their last change, and saving a change typed into
 * the form. The new value and its audit entry (before and after) go in one transaction, so a committed
 * change always has its entry and a failed one leaves neither (server/audit.ts).
 */
import { parseThresholds, type CoverageThresholds, type ThresholdField } from '$lib/domain/coverage';
import { readThresholdForm, typedThresholds, type ThresholdInput } from '$lib/domain/gaps/threshold-form';
import { formatUtcMinute as utcMinute } from '$lib/format';
import * as audit from '$lib/server/audit';
import type { ChangeContext } from '$lib/server/change-context';
import type { AtlasDb } from '$lib/server/db/client';
import * as auditLog from '$lib/server/queries/audit-log';
import * as settings from '$lib/server/queries/settings';
import { messages } from '$lib/i18n/messages';
import { thresholdMessage } from '$lib/i18n/threshold-errors';
import type { Locale } from '$lib/domain/locale';

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

/** Per-field messages in both languages; '' is an error about the form as a whole. */
export type FieldErrors = Partial<Record<ThresholdField | '', { en: string; fr: string }>>;

/** What the form shows: the values in force and who last changed them (UTC, to the minute). */
export async function thresholdsPage(db: AtlasDb) {
	const [thresholds, change] = await Promise.all([settings.coverageThresholds(db), lastChange(db)]);
	return { thresholds, lastChange: change ? { actor: change.actor, at_utc: utcMinute(change.at) } : null };
}

/**
 * Saves the thresholds as typed in the reader's locale, or changes nothing and names each wrong field
 * (what was typed comes back so the form can show it again).
 */
export async function changeThresholds(
	db: AtlasDb,
	form: FormData,
	locale: Locale,
	context: ChangeContext
): Promise<{ ok: true } | { ok: false; typed: ThresholdInput; errors: FieldErrors }> {
	const typed = readThresholdForm(form);
	const parsed = parseThresholds(typedThresholds(typed, locale));
	if (!parsed.ok) {
		const errors: FieldErrors = {};
		for (const issue of parsed.errors) {
			const field = issue.field in typed ? (issue.field as ThresholdField) : '';
			errors[field] ??= { en: thresholdMessage(issue, messages('en'), 'en'), fr: thresholdMessage(issue, messages('fr'), 'fr') };
		}
		return { ok: false, typed, errors };
	}
	await saveThresholds(db, parsed.value, context);
	return { ok: true };
}

/** Who last changed the thresholds and when, from the audit log; null when nobody has. */
export async function lastChange(db: AtlasDb): Promise<{ actor: string; at: Date } | null> {
	// Other settings share the action; a handful of recent entries is enough to find this one's latest.
	const entries = await auditLog.list(db, { action: ACTION, entity_type: ENTITY, limit: 50, offset: 0 });
	const entry = entries.find((row) => row.entity_id === settings.COVERAGE_THRESHOLDS_KEY);
	return entry ? { actor: entry.actor, at: entry.at } : null;
}
