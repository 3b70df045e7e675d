/**
 * The map's export button handler: gathers the legend and caption, builds the standalone SVG and
 * downloads it as SVG or PNG. Browser-only; failures are logged, never thrown into the click handler.
 */
import type { MapClass } from '$lib/domain/classify';
import type { Locale } from '$lib/i18n/locale';
import { metricDefinition, type AnyMetricId } from '$lib/metrics';
import { downloadBlob, exportFileName, standaloneMapSvg, svgToPng } from './export';
import { legendEntries } from './legend';
import { fillFor } from './map-view';
import type { MapCaption, MapStrings } from './types';

export interface MapExportRequest {
	svg: SVGSVGElement | undefined;
	format: 'svg' | 'png';
	classes: readonly MapClass[];
	caption: MapCaption;
	metric: AnyMetricId;
	locale: Locale;
	/** The legend's words for this metric (legend.ts, legendStrings). */
	legendStrings: MapStrings['legend'];
	/** The map's pattern id prefix: legend swatches reuse the map's hatching. */
	idPrefix: string;
}

async function download({ svg, format, classes, caption, metric, locale, legendStrings, idPrefix }: MapExportRequest) {
	if (!svg) return;
	const classById = new Map(classes.map((cls) => [cls.id, cls]));
	const legend = legendEntries(classes, metricDefinition(metric).unit, locale, legendStrings).map((entry) => ({
		...entry,
		fill: fillFor(classById.get(entry.classId), idPrefix)
	}));
	const file = standaloneMapSvg(svg, caption, legend);
	const blob = format === 'svg' ? new Blob([file.text], { type: 'image/svg+xml' }) : await svgToPng(file);
	downloadBlob(blob, exportFileName(metric, caption.period, format));
}

export function exportMap(request: MapExportRequest): void {
	download(request).catch((error: unknown) => console.error('Map export failed', error));
}
