/** A peer feature's value as text (domain/peers/features.ts units), through format.ts. */
import { formatCount, formatDisclosed, formatKm, formatNumber, formatPercent, isDisclosureMarker } from '$lib/format';
import type { DisclosedNumber } from '$lib/domain/coverage';
import type { PeerFeatureUnit } from '$lib/domain/peers';
import { interpolate } from '$lib/i18n/text';
import type { Locale } from '$lib/domain/locale';

export function formatFeature(value: DisclosedNumber, unit: PeerFeatureUnit, locale: Locale, perKm2: string): string {
	if (isDisclosureMarker(value)) return formatDisclosed(value, 'per_100k', locale);
	switch (unit) {
		case 'count':
			return formatCount(value, locale);
		case 'per_km2':
			return value === null ? formatNumber(value, locale) : interpolate(perKm2, { value: formatNumber(value, locale, 1) });
		case 'share':
			return formatPercent(value, locale);
		case 'km':
			return formatKm(value, locale);
		case 'per_100k':
			return formatNumber(value, locale, 1);
	}
}
