import { describe, expect, it } from 'vitest';
import { classify } from '$lib/domain/classify';
import { fixtureStrings } from '../../../../tests/fixtures/map/strings';
import { mapEn } from '$lib/i18n/sections/map';
import { countLabel, legendEntries, legendStrings } from './legend';
import { GAP_LEVELS } from '$lib/domain/vocabulary';

const legend = fixtureStrings.legend;

/** French groups digits with a no-break space; compare with ordinary spaces. */
function plainSpaces(text: string | undefined): string | undefined {
	return text?.replace(/\s/g, ' ');
}

describe('legendEntries', () => {
	it("formats ranges in the metric's unit and locale", () => {
		const { classes } = classify(
			[1234.5, 2000, 9000.25].map((value, i) => ({ csduid: `${i}`, value })),
			{ method: 'ckmeans', direction: 'neutral', k: 2 }
		);
		expect(legendEntries(classes, 'km', 'en', legend).map((e) => e.label)).toEqual(['1,235 km to under 3,000 km', '3,000 km – 9,000 km']);
		expect(plainSpaces(legendEntries(classes, 'ratio', 'fr', legend)[0]?.label)).toMatch(/^1 234,5 .+ 3 000$/);
	});

	it('says where a threshold class stops', () => {
		const { classes } = classify([{ csduid: 'a', value: 0.5 }], { method: 'thresholds', direction: 'neutral', thresholds: [1] });
		expect(legendEntries(classes, 'ratio', 'en', legend)[0]?.label).toBe('0.5 to under 1');
	});

	it('names categories and special classes from the strings', () => {
		const { classes } = classify(
			[
				{ csduid: 'a', value: 'critical' },
				{ csduid: 'b', value: null, special: 'no_population' }
			],
			{ method: 'thresholds', categories: GAP_LEVELS }
		);
		expect(legendEntries(classes, 'level', 'en', legend).map((e) => [e.label, e.countLabel])).toEqual([
			['No gap', '0 communities'],
			['Watch', '0 communities'],
			['Gap', '0 communities'],
			['Critical', '1 community'],
			['Population not available', '1 community']
		]);
	});
});

describe('countLabel', () => {
	it('follows each language’s plural rules (French: 0 and 1 are singular)', () => {
		const fr = { ...legend, countOne: '{count} collectivité', countOther: '{count} collectivités' };
		expect(countLabel(0, 'en', legend)).toBe('0 communities');
		expect(countLabel(0, 'fr', fr)).toBe('0 collectivité');
		expect(plainSpaces(countLabel(1577, 'fr', fr))).toBe('1 577 collectivités');
	});
});

describe('legendStrings', () => {
	it('names the missing post for per-person rates, and says "no data" otherwise', () => {
		expect(legendStrings(mapEn, 'referrals_per_investigator').special.no_data).toBe(mapEn.noInvestigator);
		expect(legendStrings(mapEn, 'forensic_backlog_per_examiner').special.no_data).toBe(mapEn.noExaminer);
		expect(legendStrings(mapEn, 'investigators_per_100k').special.no_data).toBe(mapEn.component.legend.special.no_data);
		expect(mapEn.noInvestigator).not.toBe(mapEn.component.legend.special.no_data);
	});
});
