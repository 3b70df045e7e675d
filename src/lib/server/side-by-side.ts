/**
 * Services side by side (issue 8) for the page and `GET /api/compare`: the `ids` and `period`
 * parameters checked once, then every compared metric for each service with its disclosed context.
 */
import type { AtlasDb } from './db/client';
import type { Clearance, ServiceKind } from '../domain/coverage';
import type { PeriodKey } from '../domain/period';
import { discloseFeatures, parseServiceIds, sideBySide, type DisclosedFeatures, type IdsProblem, type SideBySideRow } from '../domain/peers';
import type { Locale } from '../i18n/locale';
import { SERVICE_ID_PATTERN } from './api/respond';
import { comparisonDirectory, loadComparison, teamClearance } from './comparison';
import { choosePeriod } from './coverage';

export interface SideBySideColumn {
	police_service_id: string;
	name: string;
	kind: ServiceKind;
	opp_region: string | null;
	features: DisclosedFeatures;
}

export interface ServiceOption {
	id: string;
	name: string;
}

export type SideBySideProblem = { code: IdsProblem | 'unknown'; id?: string } | { code: 'period'; message: string };

export interface SideBySideResult {
	period: PeriodKey | null;
	periods: PeriodKey[];
	/** Every service, by name in the reader's language (the picker). */
	options: ServiceOption[];
	/** The ids asked for, as given (the picker keeps them). */
	ids: string[];
	problem: SideBySideProblem | null;
	table: { columns: SideBySideColumn[]; rows: SideBySideRow[]; illustrative: boolean } | null;
}

/** `ids`: one comma-separated value, or several `ids` values (the picker form sends one per field). */
export function idsParameter(params: URLSearchParams): string | null {
	const values = params.getAll('ids');
	return values.length === 0 ? null : values.join(',');
}

export async function sideBySideFor(
	db: AtlasDb,
	params: URLSearchParams,
	request: { cleared: Clearance; locale: Locale }
): Promise<SideBySideResult> {
	// Every service and every OPP regional team (comparison.ts): a team can be set beside a municipal service.
	const [choice, names] = await Promise.all([choosePeriod(db, params.get('period')), comparisonDirectory(db, request.locale)]);
	const options = [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, request.locale));
	const raw = idsParameter(params);
	const ids = (raw ?? '').split(',').map((id) => id.trim()).filter((id) => id !== '');
	const base = { period: choice.ok ? choice.period : null, periods: choice.ok ? choice.periods : [], options, ids, table: null };
	if (!choice.ok) return { ...base, problem: { code: 'period', message: choice.message } };
	// Nothing asked yet: the picker alone.
	if (raw === null) return { ...base, problem: null };
	const parsed = parseServiceIds(raw, (id) => SERVICE_ID_PATTERN.test(id));
	if (!parsed.ok) return { ...base, problem: { code: parsed.problem, id: parsed.id } };
	const unknown = parsed.ids.find((id) => !names.has(id));
	if (unknown !== undefined) return { ...base, problem: { code: 'unknown', id: unknown } };
	const data = await loadComparison(db, { period: choice.period, periods: choice.periods, cleared: request.cleared, trendQuarters: 1 });
	const profiles = new Map(data.profiles.map((profile) => [profile.police_service_id, profile]));
	const cleared = teamClearance(request.cleared, new Set(data.profiles.flatMap((profile) => (profile.parent_service_id ? [profile.police_service_id] : []))));
	const columns = parsed.ids.flatMap((id) => {
		const profile = profiles.get(id);
		if (!profile) return [];
		const { kind, opp_region } = profile;
		return [{ police_service_id: id, name: names.get(id) ?? id, kind, opp_region, features: discloseFeatures(profile, cleared(id)) }];
	});
	return { ...base, problem: null, table: { columns, rows: sideBySide(data.snapshots, parsed.ids, data.shown), illustrative: data.illustrative } };
}
