/**
 * A relative difference (domain/peers relativeTo: against the group's average, or the first column side
 * by side) in words: "12% above", "30% below", "about the same" under half a percent.
 */
import { formatPercent } from '$lib/format';
import { interpolate } from '$lib/i18n/text';
import type { Locale } from '$lib/domain/locale';

export interface DifferenceStrings {
	above: string;
	below: string;
	same: string;
}

export function differenceText(relative: number, locale: Locale, strings: DifferenceStrings): string {
	if (Math.abs(relative) < 0.005) return strings.same;
	const value = formatPercent(Math.abs(relative), locale, 0);
	return interpolate(relative > 0 ? strings.above : strings.below, { value });
}
