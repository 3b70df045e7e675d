/**
 * The one place an API answer gets its quarter's fields (domain/period.ts `periodFields`): the label
 * in both languages, the quarter's first and last days, and `data_as_of`, the last day of the latest
 * quarter with data. The periods with data are kept per data version (coverage.ts), so this costs no
 * query after the first.
 */
import type { AtlasDb } from '../db/client';
import { periodFields, type PeriodFields, type PeriodKey } from '../../domain/period';
import { periodsWithData } from '../coverage';

export async function latestPeriodWithData(db: AtlasDb): Promise<PeriodKey | null> {
	return (await periodsWithData(db)).at(-1) ?? null;
}

export async function periodFieldsFor(db: AtlasDb, period: PeriodKey): Promise<PeriodFields> {
	return periodFields(period, await latestPeriodWithData(db));
}
