/**
 * The streams as a viewer may see them: stored figures → the pure views (domain/streams/views.ts).
 * Pages, API routes and exports all call these, so they agree. A malformed or unknown school year,
 * year or quarter is an error naming the parameter (the API turns it into a 400, pages into a 400 page).
 */
import type { AtlasDb } from '../db/client';
import { choosePeriod, coverageFor } from '../coverage';
import { NOBODY_CLEARED, type Clearance } from '../../domain/coverage';
import { isPeriodKey, type PeriodKey } from '../../domain/period';
import { isSchoolYear, type SchoolYear } from '../../domain/streams/school-year';
import { preventionView, registryView, trainingView, type PreventionView, type RegistryViewRow, type TrainingView } from '../../domain/streams/views';
import type { RegistryProgram } from '../../domain/streams/types';
import * as prevention from './prevention';
import * as registry from './registry';
import * as training from './training';
import type { Level } from '../../domain/vocabulary';

export type Chosen<T> = ({ ok: true } & T) | { ok: false; parameter: string; message: string };

function choose<K extends string>(parameter: string, requested: string | null, available: readonly K[], valid: (v: string) => v is K, example: string): Chosen<{ key: K }> {
	const latest = available.at(-1);
	if (!latest) return { ok: false, parameter, message: 'no figures are loaded yet' };
	if (requested === null || requested === '') return { ok: true, key: latest };
	if (!valid(requested)) return { ok: false, parameter, message: `'${requested.slice(0, 20)}' is not valid (expected e.g. ${example})` };
	if (!available.includes(requested)) return { ok: false, parameter, message: `no figures for ${requested} (available: ${available.join(', ')})` };
	return { ok: true, key: requested };
}

/** Coverage levels of the latest quarter: levels are not suppressed, so no clearance is needed. */
async function latestLevels(db: AtlasDb): Promise<Map<string, Level>> {
	const period = await choosePeriod(db, null);
	if (!period.ok) return new Map();
	const coverage = await coverageFor(db, period.period, NOBODY_CLEARED);
	return new Map(coverage.communities.map((community) => [community.csduid, community.level]));
}

export async function preventionFor(db: AtlasDb, requested: string | null): Promise<Chosen<{ schoolYear: SchoolYear; schoolYears: SchoolYear[]; view: PreventionView }>> {
	const schoolYears = await prevention.schoolYears(db);
	const chosen = choose('school_year', requested, schoolYears, isSchoolYear, schoolYears.at(-1) ?? '2024-25');
	if (!chosen.ok) return chosen;
	const [records, levels] = await Promise.all([prevention.list(db, { schoolYear: chosen.key }), latestLevels(db)]);
	return { ok: true, schoolYear: chosen.key, schoolYears, view: preventionView(records, levels) };
}

const isYear = (value: string): value is `${number}` => /^\d{4}$/.test(value);

export async function trainingFor(db: AtlasDb, requested: string | null): Promise<Chosen<{ year: number; years: number[]; view: TrainingView }>> {
	const years = await training.years(db);
	const chosen = choose('year', requested, years.map((year) => `${year}` as const), isYear, `${years.at(-1) ?? 2025}`);
	if (!chosen.ok) return chosen;
	const year = Number(chosen.key);
	return { ok: true, year, years, view: trainingView(await training.list(db, { asOfYear: year })) };
}

export async function registryFor(
	db: AtlasDb,
	requested: string | null,
	cleared: Clearance
): Promise<Chosen<{ period: PeriodKey; periods: PeriodKey[]; programs: RegistryProgram[]; rows: RegistryViewRow[]; illustrative: boolean }>> {
	const periods = await registry.periods(db);
	const chosen = choose('period', requested, periods, isPeriodKey, periods.at(-1) ?? '2025-Q2');
	if (!chosen.ok) return chosen;
	const [programs, quarters] = await Promise.all([registry.programs(db), registry.quarters(db, { period: chosen.key })]);
	const illustrative = programs.some((p) => p.illustrative) || quarters.some((q) => q.illustrative);
	return { ok: true, period: chosen.key, periods, programs, rows: registryView(quarters, cleared), illustrative };
}
