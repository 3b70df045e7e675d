/**
 * Exports the current map view as a standalone SVG or PNG with its title, period, legend and source
 * line, so a figure pasted into a briefing note still says what it shows and where it comes from.
 * Browser-only (DOM, canvas): call these from event handlers, never during server rendering.
 */
import type { MapCaption } from './types';

export interface ExportLegendItem {
	/** A colour, or `url(#pattern)` pointing into the map's own <defs>. */
	fill: string;
	label: string;
	countLabel: string;
}

export interface StandaloneSvg {
	text: string;
	width: number;
	height: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = "'Open Sans', 'Helvetica Neue', Arial, sans-serif";
const MARGIN = 16;
const HEADER = 64;
const ROW = 22;

function svgElement<K extends keyof SVGElementTagNameMap>(
	name: K,
	attributes: Record<string, string | number>,
	text?: string
): SVGElementTagNameMap[K] {
	const element = document.createElementNS(SVG_NS, name);
	for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
	if (text !== undefined) element.textContent = text;
	return element;
}

/**
 * A copy of the live map without what only makes sense in the page: focus and hover outlines,
 * relative links (they would point nowhere in a file) and keyboard attributes.
 */
function printableCopy(map: SVGSVGElement): SVGSVGElement {
	const copy = map.cloneNode(true) as SVGSVGElement;
	for (const element of copy.querySelectorAll('[data-export="omit"]')) element.remove();
	for (const link of copy.querySelectorAll('a')) {
		for (const name of ['href', 'tabindex', 'aria-label']) link.removeAttribute(name);
	}
	for (const name of ['role', 'aria-labelledby', 'aria-describedby', 'tabindex', 'class', 'style']) {
		copy.removeAttribute(name);
	}
	return copy;
}

/**
 * Legend swatches need the hatching at its natural size: the map's patterns are counter-scaled by
 * the current zoom, which at GTA zoom would turn a swatch's hatching into flat grey.
 */
function unzoomedFill(fill: string, map: SVGSVGElement, defs: SVGDefsElement): string {
	const id = /^url\(#(.+)\)$/.exec(fill)?.[1];
	const pattern = id ? map.querySelector(`pattern[id="${id}"]`) : null;
	if (!pattern) return fill;
	const own = pattern.cloneNode(true) as SVGPatternElement;
	own.id = `${id}-legend`;
	own.setAttribute('patternTransform', (pattern.getAttribute('patternTransform') ?? '').replace(/scale\([^)]*\)/, ''));
	defs.append(own);
	return `url(#${own.id})`;
}

function legendRows(items: readonly ExportLegendItem[], top: number): SVGGElement {
	const group = svgElement('g', { 'font-family': FONT, 'font-size': 13, fill: '#1a1a1a' });
	items.forEach((item, i) => {
		const y = top + i * ROW;
		group.append(svgElement('rect', { x: MARGIN, y, width: 24, height: 15, fill: item.fill, stroke: '#4d4d4d' }));
		group.append(svgElement('text', { x: MARGIN + 32, y: y + 12 }, `${item.label} (${item.countLabel})`));
	});
	return group;
}

/** The map with a title block above and the legend and source line below, as SVG markup. */
export function standaloneMapSvg(
	map: SVGSVGElement,
	caption: MapCaption,
	legend: readonly ExportLegendItem[]
): StandaloneSvg {
	const { width, height } = map.viewBox.baseVal;
	const legendTop = HEADER + height + MARGIN;
	const total = legendTop + legend.length * ROW + MARGIN + ROW;
	const root = svgElement('svg', { width, height: total, viewBox: `0 0 ${width} ${total}` });
	root.append(svgElement('rect', { width, height: total, fill: '#ffffff' }));
	root.append(svgElement('text', { x: MARGIN, y: 28, 'font-family': FONT, 'font-size': 20, 'font-weight': 700, fill: '#1a1a1a' }, caption.title));
	root.append(svgElement('text', { x: MARGIN, y: 52, 'font-family': FONT, 'font-size': 15, fill: '#1a1a1a' }, caption.period));
	const copy = printableCopy(map);
	for (const [key, value] of Object.entries({ x: 0, y: HEADER, width, height })) copy.setAttribute(key, String(value));
	root.append(copy);
	const defs = svgElement('defs', {});
	root.append(defs);
	const swatches = legend.map((item) => ({ ...item, fill: unzoomedFill(item.fill, copy, defs) }));
	root.append(legendRows(swatches, legendTop));
	const sourceY = total - MARGIN + 4;
	root.append(svgElement('text', { x: MARGIN, y: sourceY, 'font-family': FONT, 'font-size': 11, fill: '#4d4d4d' }, caption.source));
	const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
	return { text, width, height: total };
}

/**
 * Rasterises standalone SVG markup at `scale` × its size (2 for sharp print). A data: URL rather
 * than a blob: URL keeps the canvas untainted in every browser, and the page's CSP allows data: images.
 */
export async function svgToPng({ text, width, height }: StandaloneSvg, scale = 2): Promise<Blob> {
	const image = new Image();
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(width * scale);
	canvas.height = Math.round(height * scale);
	const context = canvas.getContext('2d');
	if (!context) throw new Error('Canvas 2D is not available');
	context.drawImage(image, 0, 0, canvas.width, canvas.height);
	return new Promise((resolve, reject) =>
		canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png')
	);
}

/** Saves a blob under `filename` through a temporary download link. */
export function downloadBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoke on the next task: some browsers read the URL after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "ontario-ice-atlas-gap_level-2026-q3.svg": metric and period make the files sort and say what they are. */
export function exportFileName(metric: string, period: string, extension: 'svg' | 'png'): string {
	const slug = period
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `ontario-ice-atlas-${metric}${slug ? `-${slug}` : ''}.${extension}`;
}
