/**
 * The map's current view as reactive state: the transform Svelte renders, and the preset the view
 * matches, if any. Owns the d3-zoom controller that changes it and reports each settled view.
 */
import type { MapGeometry } from '$lib/geo/map-geometry';
import type { ZoomPresetId, ZoomTransform } from '$lib/geo/projection';
import { presetView, sameView } from './map-view';
import type { MapZoomState } from './types';
import { MapZoom } from './zoom';

type Fitted = Pick<MapGeometry, 'projection' | 'viewport'>;

export class ZoomState {
	transform = $state<ZoomTransform>({ k: 1, x: 0, y: 0 });
	preset = $state<ZoomPresetId | null>(null);
	readonly controller: MapZoom;
	readonly #geometry: () => Fitted;

	/** `onchange` hears every settled view (after a gesture, button, key or preset), for the URL. */
	constructor(start: MapZoomState, geometry: () => Fitted, onchange: (zoom: MapZoomState) => void) {
		this.transform = start.transform;
		this.preset = start.preset;
		this.#geometry = geometry;
		this.controller = new MapZoom({
			viewport: () => geometry().viewport,
			onzoom: (t) => (this.transform = t),
			onend: (t) => {
				// A preset stays on only while the view is still exactly that preset's view.
				if (this.preset && !sameView(t, presetView(this.preset, geometry()))) this.preset = null;
				onchange({ preset: this.preset, transform: t });
			}
		});
	}

	choosePreset(id: ZoomPresetId): void {
		this.preset = id;
		this.controller.to(presetView(id, this.#geometry()));
	}
}
