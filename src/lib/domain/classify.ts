/**
 * Choropleth classification: puts each community's value into a class with a colour, by quantiles,
 * natural breaks (ckmeans) or a metric's own thresholds, plus explicit special classes for values
 * that must never read as a number (no data, population not available, suppressed "<5").
 * Pure: no I/O; runs on the server and in the browser (live metric switches).
 */
import { scaleQuantile } from 'd3';
import { FLAG_COLOURS, LEVEL_COLOURS, REMOTENESS_COLOURS, SPECIAL_COLOURS, sequentialColours } from '$lib/palette';
import { ckmeans } from 'simple-statistics';
import { GAP_LEVELS, REMOTENESS_CLASSES, type Level, type RemotenessClass } from './vocabulary';
import type { MetricDefinition, MetricDirection, MetricUnit } from '$lib/metrics';

export type ClassificationMethod = 'quantile' | 'ckmeans' | 'thresholds';

export const SPECIAL_CLASSES = ['suppressed', 'no_population', 'no_data'] as const;
/**
 * - suppressed: a count of 1–4 shown as "<5" (domain.md §9), so its rate is withheld too;
 * - no_population: one of the 13 reserves with no 2021 census population (never a zero);
 * - no_data: nothing reported for the period.
 */
export type SpecialClassId = (typeof SPECIAL_CLASSES)[number];

export const FLAG_VALUES = ['no', 'yes'] as const;
export type FlagValue = (typeof FLAG_VALUES)[number];
/** Named classes: gap levels, remoteness classes, or a yes/no flag such as "Project P recommended". */
export type CategoryId = Level | RemotenessClass | FlagValue;

export type ClassId = `range-${number}` | `category-${CategoryId}` | SpecialClassId;

export interface MapClass {
	id: ClassId;
	kind: 'range' | 'category' | 'special';
	/** Lowest value in the class (range classes); null otherwise. */
	min: number | null;
	/** Highest value, or the next threshold when `upperExclusive` (range classes); null otherwise. */
	max: number | null;
	/** True when the class stops just below `max` (threshold classes). */
	upperExclusive: boolean;
	category: CategoryId | null;
	count: number;
	/** Fill colour; for special classes, the ink of their hatching pattern. */
	colour: string;
	/** Special classes are drawn with a hatching pattern as well as a colour. */
	pattern: SpecialClassId | null;
}

export interface Classification {
	method: ClassificationMethod;
	/** Ranges ascending (or categories in order), then the special classes that occur. */
	classes: MapClass[];
	/** csduid → class id, for every input community. */
	assignment: Record<string, ClassId>;
}

export interface ClassifiableValue {
	csduid: string;
	/** A number, or for categorical metrics a level, remoteness class or boolean. */
	value: number | CategoryId | boolean | null;
	/** Set when the value must not be shown; wins over `value`. */
	special?: SpecialClassId | null;
}

export type ClassifyOptions =
	| { method: 'quantile' | 'ckmeans'; direction: MetricDirection; k?: number }
	| {
			method: 'thresholds';
			direction: MetricDirection;
			/** Ascending lower bounds of classes 2..n: value < t[0] is class 1, t[0] ≤ value < t[1] class 2… */
			thresholds: readonly number[];
	  }
	| { method: 'thresholds'; categories: readonly CategoryId[] };

export const DEFAULT_CLASS_COUNT = 5;

/** Colours of named categories and special classes: the atlas palette (src/lib/palette.ts). */
export const CATEGORY_COLOURS: Record<CategoryId, string> = { ...LEVEL_COLOURS, ...REMOTENESS_COLOURS, ...FLAG_COLOURS };
export { SPECIAL_COLOURS };

interface RangeBin {
	min: number;
	max: number;
	upperExclusive: boolean;
	/** Whether a value belongs here; bins are tested in order. */
	contains: (value: number) => boolean;
}

function distinctCount(sorted: readonly number[]): number {
	return sorted.filter((value, i) => i === 0 || value !== sorted[i - 1]).length;
}

/**
 * The roundest number in (low, high]: fewest significant digits first, so a class boundary reads
 * "1.2" or "20" rather than "1.1875". Legends then say "1.2 to under 20", never "1 – 1.2 | 1.2 – 21.2".
 */
export function niceCut(low: number, high: number): number {
	if (!(high > low)) return high;
	for (let digits = 1; digits <= 15; digits++) {
		const step = 10 ** (Math.floor(Math.log10(Math.max(Math.abs(low), Math.abs(high)) || 1)) - digits + 1);
		const candidate = Math.ceil((low + step * 1e-9) / step) * step;
		const rounded = Number(candidate.toPrecision(15));
		if (rounded > low && rounded <= high) return rounded;
	}
	return high;
}

/** Bins split at `cuts` (ascending, each a lower bound of the next class); empty bins dropped. */
function cutBins(sorted: readonly number[], cuts: readonly number[]): RangeBin[] {
	const bins: RangeBin[] = [];
	let lower = -Infinity;
	for (const upper of [...cuts, Infinity]) {
		const members = sorted.filter((v) => v >= lower && v < upper);
		const [first, last] = [members[0], members[members.length - 1]];
		if (first !== undefined && last !== undefined) {
			const closed = upper === Infinity;
			bins.push({ min: lower === -Infinity ? first : lower, max: closed ? last : upper, upperExclusive: !closed, contains: (v) => v < upper });
		}
		lower = upper;
	}
	// A bin that lost its lower neighbour starts at its own smallest value.
	if (bins[0]) bins[0].min = sorted[0] ?? bins[0].min;
	return bins;
}

function quantileBins(sorted: number[], k: number): RangeBin[] {
	// Each quantile cut moves to the roundest number between the largest value below it and the cut,
	// so no community changes class; tied data repeat a cut, which is kept once, and a cut at the
	// minimum moves up to the next distinct value ([0,0,0,0,0,0,5,9] gives {0} and {5,9}).
	const min = sorted[0] ?? 0;
	const quantiles = scaleQuantile<number>().domain(sorted).range([...Array(k).keys()]).quantiles();
	const cuts = new Set<number>();
	for (const q of quantiles) {
		const upper = q > min ? q : sorted.find((v) => v > min);
		if (upper === undefined) continue;
		const below = [...sorted].reverse().find((v) => v < upper) ?? min;
		cuts.add(niceCut(below, upper));
	}
	return cutBins(sorted, [...cuts].sort((a, b) => a - b));
}

/** Natural breaks: Wang & Song's optimal 1-D k-means (simple-statistics `ckmeans`), cut at round numbers between clusters. */
function ckmeansBins(sorted: number[], k: number): RangeBin[] {
	const clusters = ckmeans(sorted, k);
	const cuts = clusters.slice(1).flatMap((cluster, i) => {
		const previous = clusters[i];
		const [below, next] = [previous?.[previous.length - 1], cluster[0]];
		return below === undefined || next === undefined ? [] : [niceCut(below, next)];
	});
	return cutBins(sorted, cuts);
}

function thresholdBins(sorted: number[], thresholds: readonly number[]): RangeBin[] {
	return [...thresholds, Infinity].map((upper, i) => {
		const lower = thresholds[i - 1] ?? Math.min(sorted[0] ?? upper, upper);
		const last = upper === Infinity;
		const max = last ? Math.max(sorted[sorted.length - 1] ?? lower, lower) : upper;
		return { min: lower, max, upperExclusive: !last, contains: (v) => v < upper };
	});
}

type NumericOptions = Exclude<ClassifyOptions, { categories: readonly CategoryId[] }>;

function rangeBins(sorted: number[], options: NumericOptions): RangeBin[] {
	if (options.method === 'thresholds') return thresholdBins(sorted, options.thresholds);
	if (sorted.length === 0) return [];
	const k = Math.min(options.k ?? DEFAULT_CLASS_COUNT, distinctCount(sorted));
	return options.method === 'quantile' ? quantileBins(sorted, k) : ckmeansBins(sorted, k);
}

/** The number to classify, or null when the community belongs to a special class. */
function numericValue(input: ClassifiableValue): number | null {
	if (input.special || typeof input.value !== 'number' || !Number.isFinite(input.value)) return null;
	return input.value;
}

/** The category of a categorical value (booleans read as yes/no), or null if it is not one of them. */
function categoryValue(input: ClassifiableValue, categories: readonly CategoryId[]): CategoryId | null {
	if (input.special) return null;
	const value = typeof input.value === 'boolean' ? (input.value ? 'yes' : 'no') : input.value;
	return categories.find((category) => category === value) ?? null;
}

function emptyClass(id: ClassId, colour: string, fields: Partial<MapClass> = {}): MapClass {
	const kind = id.startsWith('range-') ? 'range' : id.startsWith('category-') ? 'category' : 'special';
	return { id, kind, min: null, max: null, upperExclusive: false, category: null, count: 0, colour, pattern: null, ...fields };
}

/** Classifies every community; class counts always sum to the number of inputs. */
export function classify(inputs: readonly ClassifiableValue[], options: ClassifyOptions): Classification {
	let classes: MapClass[];
	let classOf: (input: ClassifiableValue) => MapClass | undefined;
	if ('categories' in options) {
		const categories = options.categories;
		classes = categories.map((category) => emptyClass(`category-${category}`, CATEGORY_COLOURS[category], { category }));
		classOf = (input) => {
			const category = categoryValue(input, categories);
			return category === null ? undefined : classes[categories.indexOf(category)];
		};
	} else {
		const sorted = inputs.flatMap((input) => numericValue(input) ?? []).sort((a, b) => a - b);
		const bins = rangeBins(sorted, options);
		const colours = sequentialColours(bins.length, options.direction);
		classes = bins.map(({ min, max, upperExclusive }, i) =>
			emptyClass(`range-${i}`, colours[i] ?? SPECIAL_COLOURS.no_data, { min, max, upperExclusive })
		);
		classOf = (input) => {
			const value = numericValue(input);
			return value === null ? undefined : classes[bins.findIndex((bin) => bin.contains(value))];
		};
	}
	const specials = new Map<SpecialClassId, MapClass>();
	const assignment: Record<string, ClassId> = {};
	for (const input of inputs) {
		const target = classOf(input) ?? specialClass(specials, input.special ?? 'no_data');
		target.count += 1;
		assignment[input.csduid] = target.id;
	}
	const ordered = SPECIAL_CLASSES.flatMap((id) => specials.get(id) ?? []);
	return { method: options.method, classes: [...classes, ...ordered], assignment };
}

function specialClass(specials: Map<SpecialClassId, MapClass>, id: SpecialClassId): MapClass {
	let found = specials.get(id);
	if (!found) {
		found = emptyClass(id, SPECIAL_COLOURS[id], { pattern: id });
		specials.set(id, found);
	}
	return found;
}

/** Units whose values are categories rather than numbers, and their classes in order. */
const CATEGORIES_BY_UNIT: Partial<Record<MetricUnit, readonly CategoryId[]>> = {
	level: GAP_LEVELS,
	class: REMOTENESS_CLASSES,
	boolean: FLAG_VALUES
};

export type ClassifiableMetric = Pick<MetricDefinition, 'unit' | 'direction' | 'thresholds'>;

/** The methods that make sense for a metric, the default first: categorical metrics only have their own classes. */
export function methodsFor(metric: ClassifiableMetric): ClassificationMethod[] {
	if (CATEGORIES_BY_UNIT[metric.unit]) return ['thresholds'];
	return metric.thresholds?.length ? ['quantile', 'ckmeans', 'thresholds'] : ['quantile', 'ckmeans'];
}

/**
 * Classifies a registry metric: categories for levels, remoteness classes and flags; the metric's
 * own thresholds when asked for and defined; otherwise quantiles or natural breaks (a request for
 * thresholds the metric lacks falls back to quantiles).
 */
export function classifyMetric(
	metric: ClassifiableMetric,
	inputs: readonly ClassifiableValue[],
	method: ClassificationMethod = methodsFor(metric)[0] ?? 'quantile',
	k = DEFAULT_CLASS_COUNT
): Classification {
	const categories = CATEGORIES_BY_UNIT[metric.unit];
	if (categories) return classify(inputs, { method: 'thresholds', categories });
	const { direction, thresholds } = metric;
	if (method === 'thresholds' && thresholds?.length) {
		return classify(inputs, { method, direction, thresholds: thresholds.map((t) => t.value) });
	}
	return classify(inputs, { method: method === 'thresholds' ? 'quantile' : method, direction, k });
}
