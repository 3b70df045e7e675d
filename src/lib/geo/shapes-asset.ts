/**
 * The community outlines as one SVG file the page points into (`<use href="file#c3501005">`), so a
 * server-rendered map carries only each community's link, fill and name, not its outline: the
 * outlines are two fifths of the map page and the same for every viewer, every quarter and every
 * metric, so they belong in a file the browser keeps (served immutable, under a content hash).
 * Pure: the server builds the file (server/map-asset.ts), the map component the references.
 */
import type { CommunityShape } from '$lib/geo/map-geometry';

/** The fragment id of a community's outline in the file. */
export function shapeFragment(csduid: string): string {
	return `c${csduid}`;
}

/** `href` of a `<use>` drawing one community from the file at `fileUrl`. */
export function shapeHref(fileUrl: string, csduid: string): string {
	return `${fileUrl}#${shapeFragment(csduid)}`;
}

/**
 * The file: every outline as a path with an id, inside `<defs>` so that opening the file alone draws
 * nothing. The paths carry no fill or stroke, so each `<use>` takes those from the page (SVG 1.1 §5.6:
 * the referenced content inherits from the `use` element). Path data are plain text (digits, letters,
 * signs), so nothing needs escaping.
 */
export function shapesSvg(shapes: readonly Pick<CommunityShape, 'csduid' | 'd'>[]): string {
	const paths = shapes.map((shape) => `<path id="${shapeFragment(shape.csduid)}" d="${shape.d}"/>`).join('');
	return `<svg xmlns="http://www.w3.org/2000/svg"><defs>${paths}</defs></svg>`;
}
