/**
 * The names inside CSV exports in the viewer's language (column names are domain/csv-columns.ts).
 */
import type { Locale } from './locale';
import { mapFr } from './sections-fr/map';

/** An OPP region's name ("North East" → "Nord-Est"); other values unchanged. */
export function csvRegion(region: string | null, locale: Locale): string | null {
	if (region === null || locale === 'en') return region;
	return mapFr.regions[region as keyof typeof mapFr.regions] ?? region;
}
