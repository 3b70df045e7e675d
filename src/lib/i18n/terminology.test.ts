/**
 * One French term per concept. A referral (an investigational package sent to a police service) is a
 * « renvoi » in every French text the atlas shows or exports: dictionaries, metric labels, allocation
 * factors, import column names and gap reasons. « Signalement » was used for the same thing in places
 * (and for a coverage flag, now an « indicateur »); this test fails if it comes back.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FACTORS } from '$lib/domain/allocation/factors';
import { COLUMNS } from '$lib/domain/import/columns';
import { fr } from './fr';

const REJECTED = /signalements?\b/i;

/** Every string inside a value, with the path that leads to it. */
function strings(value: unknown, path = ''): Array<[string, string]> {
	if (typeof value === 'string') return [[path, value]];
	if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
	if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => strings(item, path ? `${path}.${key}` : key));
	return [];
}

describe('French terminology', () => {
	const texts: Array<[string, string]> = [
		...strings(fr, 'fr'),
		...Object.entries(FACTORS).map(([id, factor]) => [`factor.${id}`, factor.label_fr] as [string, string]),
		...Object.values(COLUMNS).flatMap((columns) => columns.map((column) => [`column.${column.name}`, column.french] as [string, string]))
	];

	it('scans a real corpus (the dictionary alone has hundreds of strings)', () => {
		expect(texts.length).toBeGreaterThan(500);
	});

	it('never says « signalement » for a referral, anywhere', () => {
		expect(texts.filter(([, text]) => REJECTED.test(text)).map(([path]) => path)).toEqual([]);
	});

	it('says « renvoi » in the metric registry, the import dictionary, the allocation factors and the gap reasons', () => {
		expect(fr.metrics.referrals_per_investigator.label).toMatch(/renvoi/i);
		expect(fr.imports.columns.referrals_received).toMatch(/^Renvois/);
		expect(FACTORS.referrals.label_fr).toBe('renvois');
		const reasons = readFileSync('src/lib/domain/coverage/reasons.ts', 'utf8');
		expect(reasons).toMatch(/renvois/);
		expect(reasons).not.toMatch(REJECTED);
	});
});
