/**
 * Legend text for a classification: each class's label (its range in the metric's unit, its
 * category or its special meaning) and its number of communities. Shared by MapLegend and the
 * SVG/PNG export so both say the same thing. Pure.
 */
import type { MapClass } from '$lib/domain/classify';
import { formatCount, formatUnit, type NumberUnit } from '$lib/format';
import { interpolate, plural } from '$lib/i18n/text';
import type { Locale } from '$lib/i18n/locale';
import type { Messages } from '$lib/i18n/messages';
import type { AnyMetricId, MetricUnit } from '$lib/metrics';
import type { MapStrings } from './types';

export interface LegendEntry {
	classId: MapClass['id'];
	label: string;
	/** "12 communities" */
	countLabel: string;
	colour: string;
	pattern: MapClass['pattern'];
}

/** Registry units that are numbers; the rest (level, boolean, class) are categories. */
function numberUnit(unit: MetricUnit): NumberUnit | null {
	return unit === 'level' || unit === 'boolean' || unit === 'class' ? null : unit;
}

/**
 * The legend's words for a metric: "No data" says too little where a per-person rate is undefined
 * because nobody holds the post, so those metrics name the missing post instead.
 */
export function legendStrings(map: Messages['map'], metric: AnyMetricId): MapStrings['legend'] {
	const legend = map.component.legend;
	const noData =
		metric === 'referrals_per_investigator' ? map.noInvestigator
		: metric === 'forensic_backlog_per_examiner' ? map.noExaminer
		: legend.special.no_data;
	return { ...legend, special: { ...legend.special, no_data: noData } };
}

export function countLabel(count: number, locale: Locale, strings: MapStrings['legend']): string {
	// CLDR plural category: French treats 0 and 1 as singular, English only 1.
	const template = plural(locale, count, { one: strings.countOne, other: strings.countOther });
	return interpolate(template, { count: formatCount(count, locale) });
}

function classLabel(cls: MapClass, unit: MetricUnit, locale: Locale, strings: MapStrings['legend']): string {
	if (cls.pattern) return strings.special[cls.pattern];
	if (cls.category) return strings.categories[cls.category];
	const format = (value: number | null) => {
		const number = numberUnit(unit);
		return number ? formatUnit(value, number, locale) : formatCount(value, locale);
	};
	const [min, max] = [format(cls.min), format(cls.max)];
	if (cls.upperExclusive) return interpolate(strings.rangeBelow, { min, max });
	return min === max ? min : interpolate(strings.range, { min, max });
}

export function legendEntries(
	classes: readonly MapClass[],
	unit: MetricUnit,
	locale: Locale,
	strings: MapStrings['legend']
): LegendEntry[] {
	return classes.map((cls) => ({
		classId: cls.id,
		label: classLabel(cls, unit, locale, strings),
		countLabel: countLabel(cls.count, locale, strings),
		colour: cls.colour,
		pattern: cls.pattern
	}));
}
