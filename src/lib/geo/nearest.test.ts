import { describe, expect, it } from 'vitest';
import { directionOfKey, nearestInDirection } from './nearest';

const points = [
	{ id: 'centre', x: 0, y: 0 },
	{ id: 'east', x: 10, y: 0 },
	{ id: 'north-east', x: 6, y: -6 },
	{ id: 'north', x: 0, y: -20 },
	{ id: 'south', x: 1, y: 5 }
];
const centre = points[0]!;

describe('nearestInDirection', () => {
	it('prefers a community straight ahead over a closer one off to the side', () => {
		expect(nearestInDirection(centre, points, 'right')).toBe('east');
	});

	it('moves up (north on screen) and down', () => {
		expect(nearestInDirection(centre, points, 'up')).toBe('north-east');
		expect(nearestInDirection(centre, points, 'down')).toBe('south');
	});

	it('returns null when nothing lies in that direction', () => {
		expect(nearestInDirection(centre, points, 'left')).toBeNull();
	});

	it('never returns the starting community', () => {
		expect(nearestInDirection(centre, [centre], 'up')).toBeNull();
	});
});

describe('directionOfKey', () => {
	it('maps arrow keys and ignores others', () => {
		expect(directionOfKey('ArrowLeft')).toBe('left');
		expect(directionOfKey('Enter')).toBeNull();
	});
});
