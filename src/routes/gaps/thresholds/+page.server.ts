import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseThresholds, type ThresholdField } from '$lib/domain/coverage';
import { getDb } from '$lib/server/database';
import { formatUtcMinute as utcMinute } from '$lib/format';
import * as settings from '$lib/server/queries/settings';
import { lastChange, saveThresholds } from './save-thresholds.server';
import { readThresholdForm, typedThresholds, type ThresholdInput } from './threshold-form';

/** Per-field messages in both languages; '' is an error about the form as a whole. */
type FieldErrors = Partial<Record<ThresholdField | '', { en: string; fr: string }>>;

export const load: PageServerLoad = async () => {
	const db = await getDb();
	const [thresholds, change] = await Promise.all([settings.coverageThresholds(db), lastChange(db)]);
	return { thresholds, lastChange: change ? { actor: change.actor, at_utc: utcMinute(change.at) } : null };
};

export const actions: Actions = {
	default: async ({ request, locals, getClientAddress }) => {
		// The policy admits planners only; this guard keeps the type honest.
		if (!locals.user) error(401, 'Not signed in');
		const typed: ThresholdInput = readThresholdForm(await request.formData());
		const parsed = parseThresholds(typedThresholds(typed, locals.locale));
		if (!parsed.ok) {
			const errors: FieldErrors = {};
			for (const issue of parsed.errors) {
				const field = issue.field in typed ? (issue.field as ThresholdField) : '';
				errors[field] ??= { en: issue.message, fr: issue.message_fr };
			}
			return fail(400, { saved: false, typed, errors });
		}
		await saveThresholds(await getDb(), parsed.value, { actor: locals.user, client_address: getClientAddress(), now: new Date() });
		return { saved: true, typed: null, errors: {} as FieldErrors };
	}
};
