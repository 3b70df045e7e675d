/**
 * Arrow-key navigation between communities: from the focused community's centroid, the nearest
 * community that lies in the pressed direction. Pure: works on projected points (viewBox units).
 * A zoom transform scales and shifts every point alike, so the answer is the same at any zoom.
 */

export type Direction = 'up' | 'down' | 'left' | 'right';

export interface NavigablePoint {
	id: string;
	x: number;
	y: number;
}

const UNIT: Record<Direction, readonly [number, number]> = {
	up: [0, -1],
	down: [0, 1],
	left: [-1, 0],
	right: [1, 0]
};

/** Arrow keys as the directions they move; any other key is not a move. */
export function directionOfKey(key: string): Direction | null {
	switch (key) {
		case 'ArrowUp':
			return 'up';
		case 'ArrowDown':
			return 'down';
		case 'ArrowLeft':
			return 'left';
		case 'ArrowRight':
			return 'right';
		default:
			return null;
	}
}

/**
 * Candidates must lie ahead (positive distance along the direction). Sideways drift costs twice as
 * much as distance ahead, so pressing → from Toronto prefers a community due east over a closer one
 * to the north-east; the same weighting spatial-navigation polyfills use for TV remotes.
 */
function cost(along: number, across: number): number {
	return along + 2 * Math.abs(across);
}

/** The id of the best community in `direction` from `from`, or null when nothing lies that way. */
export function nearestInDirection(
	from: NavigablePoint,
	points: Iterable<NavigablePoint>,
	direction: Direction
): string | null {
	const [ux, uy] = UNIT[direction];
	let best: string | null = null;
	let bestCost = Infinity;
	for (const point of points) {
		if (point.id === from.id) continue;
		const dx = point.x - from.x;
		const dy = point.y - from.y;
		const along = dx * ux + dy * uy;
		if (!(along > 0)) continue;
		const across = dx * -uy + dy * ux;
		const candidateCost = cost(along, across);
		if (candidateCost < bestCost || (candidateCost === bestCost && best !== null && point.id < best)) {
			best = point.id;
			bestCost = candidateCost;
		}
	}
	return best;
}
