/**
 * Zoom and pan for the atlas map with d3-zoom: wheel, drag and pinch come from d3; buttons, keys
 * and presets call the controller's methods. Svelte stays the renderer: d3 only reports transforms
 * (onzoom) and the component writes them to its <g transform>. Creating a controller touches no DOM,
 * so components can build one during server rendering; `attach` (a Svelte action) runs in the browser.
 */
import { select, zoom, zoomIdentity } from 'd3';
import type { D3ZoomEvent, Selection, ZoomBehavior } from 'd3';
import type { ActionReturn } from 'svelte/action';
import type { Viewport, ZoomTransform } from '$lib/geo/projection';

/** Deep enough to read a 1 km² reserve as a shape (≈ 0.3 px² at province scale × 32² ≈ 300 px²). */
export const MAX_SCALE = 32;
/** One button press or +/− key. */
export const ZOOM_STEP = 1.6;
const ANIMATION_MS = 250;

type MapZoomBehaviour = ZoomBehavior<SVGSVGElement, unknown>;
type MapZoomEvent = D3ZoomEvent<SVGSVGElement, unknown>;

export interface MapZoomOptions {
	viewport: () => Viewport;
	/** Every transform along the way: render it. */
	onzoom: (transform: ZoomTransform) => void;
	/** When a gesture or animation settles. */
	onend: (transform: ZoomTransform) => void;
}

export interface ZoomFocus {
	/** Changing the key moves the view; the same key again does nothing. */
	key: string;
	x: number;
	y: number;
	/** Area at province scale, to pick a zoom at which the community is readable. */
	area: number;
}

export interface ZoomActionParams {
	initial: ZoomTransform;
	focus: ZoomFocus | null;
}

function plain({ k, x, y }: ZoomTransform): ZoomTransform {
	return { k, x, y };
}

/** Keeps the viewport inside the map: no panning Ontario off screen, no zooming out past the province. */
export function constrainTransform(t: ZoomTransform, { width, height }: Viewport): ZoomTransform {
	const k = Math.min(Math.max(t.k, 1), MAX_SCALE);
	const clamp = (value: number, size: number) => Math.min(0, Math.max(size - size * k, value));
	return { k, x: clamp(t.x, width), y: clamp(t.y, height) };
}

/** The transform that centres (x, y) at zoom k. */
export function centredOn(x: number, y: number, k: number, viewport: Viewport): ZoomTransform {
	return constrainTransform({ k, x: viewport.width / 2 - k * x, y: viewport.height / 2 - k * y }, viewport);
}

/** A zoom at which a community of `area` (province-scale units²) covers about 1/50 of the view. */
export function readableScale(area: number, { width, height }: Viewport): number {
	const target = (width * height) / 50;
	return Math.min(MAX_SCALE, Math.max(1, Math.sqrt(target / Math.max(area, 1e-3))));
}

function prefersReducedMotion(): boolean {
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export class MapZoom {
	readonly #behaviour: MapZoomBehaviour;
	readonly #options: MapZoomOptions;
	#svg: Selection<SVGSVGElement, unknown, null, undefined> | null = null;
	#current: ZoomTransform = { k: 1, x: 0, y: 0 };
	#focusKey: string | null = null;
	/** Set while d3 is told where the server-rendered view already is, so nobody hears a "change". */
	#silent = false;

	constructor(options: MapZoomOptions) {
		this.#options = options;
		const extent = (): [[number, number], [number, number]] => {
			const { width, height } = options.viewport();
			return [
				[0, 0],
				[width, height]
			];
		};
		this.#behaviour = zoom<SVGSVGElement, unknown>()
			.scaleExtent([1, MAX_SCALE])
			.extent(extent)
			.translateExtent(extent())
			.on('zoom', (event: MapZoomEvent) => {
				this.#current = plain(event.transform);
				if (!this.#silent) options.onzoom(this.#current);
			})
			.on('end', (event: MapZoomEvent) => {
				if (!this.#silent) options.onend(plain(event.transform));
			});
	}

	/** Svelte action: `<svg use:zoom.attach={{ initial, focus }}>`. */
	attach = (node: SVGSVGElement, params: ZoomActionParams): ActionReturn<ZoomActionParams> => {
		this.#svg = select(node);
		const { width, height } = this.#options.viewport();
		this.#behaviour.translateExtent([
			[0, 0],
			[width, height]
		]);
		this.#svg.call(this.#behaviour);
		const { k, x, y } = params.initial;
		this.#silent = true;
		this.#svg.call(this.#behaviour.transform, zoomIdentity.translate(x, y).scale(k));
		this.#silent = false;
		this.#focusKey = params.focus?.key ?? null;
		return {
			update: ({ focus }) => {
				if (!focus || focus.key === this.#focusKey) return;
				this.#focusKey = focus.key;
				this.showCommunity(focus);
			},
			destroy: () => {
				this.#svg?.on('.zoom', null);
				this.#svg = null;
			}
		};
	};

	/** Animates to `transform` (kept inside the map); instant when the reader prefers reduced motion. */
	to(transform: ZoomTransform): void {
		if (!this.#svg) return;
		const { k, x, y } = constrainTransform(transform, this.#options.viewport());
		const now = this.#current;
		if (Math.abs(k - now.k) < 1e-6 && Math.abs(x - now.x) < 1e-3 && Math.abs(y - now.y) < 1e-3) return;
		const target = zoomIdentity.translate(x, y).scale(k);
		if (prefersReducedMotion()) this.#svg.call(this.#behaviour.transform, target);
		else this.#svg.transition().duration(ANIMATION_MS).call(this.#behaviour.transform, target);
	}

	/**
	 * Zooms by `factor`, keeping `around` (province-scale units) where it is on screen, as wheel zoom
	 * keeps the point under the pointer; by default the centre of the view.
	 */
	zoomBy(factor: number, around?: readonly [number, number]): void {
		const viewport = this.#options.viewport();
		const { k, x, y } = this.#current;
		const [px, py] = around ?? [(viewport.width / 2 - x) / k, (viewport.height / 2 - y) / k];
		const [sx, sy] = [k * px + x, k * py + y];
		const k1 = Math.min(Math.max(k * factor, 1), MAX_SCALE);
		this.to({ k: k1, x: sx - k1 * px, y: sy - k1 * py });
	}

	/** Centres a community, zooming in until it is readable (never zooming out). */
	showCommunity({ x, y, area }: ZoomFocus): void {
		const viewport = this.#options.viewport();
		this.to(centredOn(x, y, Math.max(this.#current.k, readableScale(area, viewport)), viewport));
	}

	/** Pans just enough to bring (x, y), in province-scale units, into view with a margin. */
	reveal(x: number, y: number, margin = 24): void {
		const { width, height } = this.#options.viewport();
		const { k, x: tx, y: ty } = this.#current;
		const [sx, sy] = [k * x + tx, k * y + ty];
		const dx = sx < margin ? margin - sx : sx > width - margin ? width - margin - sx : 0;
		const dy = sy < margin ? margin - sy : sy > height - margin ? height - margin - sy : 0;
		if (dx !== 0 || dy !== 0) this.to({ k, x: tx + dx, y: ty + dy });
	}
}
