/**
 * What the atlas map components take: the view model the route's load function builds (their words
 * come from the dictionary in context, i18n/context.ts). Everything here is serialisable (it crosses from load to
 * the page), so callbacks are separate props of AtlasMap.
 */
import type { ClassId, MapClass } from '$lib/domain/classify';
import type { ZoomPresetId, ZoomTransform } from '$lib/geo/projection';
import type { CommunitiesTopology } from '$lib/geo/topology';
import type { Locale } from '$lib/i18n/locale';
import type { MapStrings } from '$lib/i18n/sections/map';
import type { AnyMetricId } from '$lib/metrics';
import type { Level } from '$lib/domain/vocabulary';

/** One community as the map shows it. Names and values arrive in the page's language, ready to read. */
export interface MapCommunity {
	csduid: string;
	name: string;
	/** Police service of record; drives the service outlines. */
	service_id: string | null;
	service_name: string | null;
	value: number | null;
	/** The value as text: formatted, "<5" when suppressed, "—" when missing. */
	display: string;
	/** From the classification's `assignment`. */
	class_id: ClassId;
	/** Coverage gap level for the period, shown in the tooltip whatever the metric. */
	level: Level | null;
}

export interface MapOverlays {
	/** Police-service outlines, merged from the communities each service polices. */
	services: boolean;
	/** Census division (county, region, district) boundaries. */
	divisions: boolean;
	/** Communities with an open Project P request, drawn as rings. */
	requests: readonly string[];
}

/** Where the map looks: a named preset, or wherever the reader panned (preset null). */
export interface MapZoomState {
	preset: ZoomPresetId | null;
	transform: ZoomTransform;
}

/** Title block of an exported map (also its accessible name). */
export interface MapCaption {
	/** e.g. "ICE investigators per 100,000 population". */
	title: string;
	/** e.g. "2026 Q3". */
	period: string;
	/** The value's name in the tooltip, e.g. "Investigators / 100k pop." (the metric's short label). */
	valueLabel: string;
	/** e.g. "Source: Ontario ICE Coverage Atlas; illustrative data. Boundaries: Statistics Canada, 2021 Census." */
	source: string;
}

export interface MapViewModel {
	/** The communities topology; keep the same object across metric switches (geometry is cached by identity). */
	topology: CommunitiesTopology;
	communities: MapCommunity[];
	/** `classes` of the classification the communities' class_id come from. */
	classes: MapClass[];
	metric: AnyMetricId;
	locale: Locale;
	selected: string | null;
	overlays: MapOverlays;
	/** Initial view, usually from the URL; a preset id or a transform. Default: Province. */
	zoom: MapZoomState | null;
	caption: MapCaption;
	/**
	 * URL of the immutable outlines file (geo/shapes-asset.ts): when set, outlines are drawn by
	 * reference to it instead of inline. The server render sets it to keep the page small; the
	 * browser drops it once the map is live (exports and highlights need the paths themselves).
	 */
	shapesHref?: string | null;
}

/** The map's strings are shaped by the dictionary that fills them (i18n/sections/map.ts). */
export type { MapStrings };
