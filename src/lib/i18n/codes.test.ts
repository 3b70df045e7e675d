/**
 * The domain hands out codes; the dictionaries hold their words. Every code has an English and a French
 * word, the French differs from the English wherever French writes it differently, and no word is kept
 * for a code the domain no longer has.
 */
import { describe, expect, it } from 'vitest';
import { GAP_LEVELS, PROJECT_P_BASES, REMOTENESS_CLASSES } from '$lib/domain/vocabulary';
import { PEER_FEATURES } from '$lib/domain/peers';
import { REASONS, type ReasonCode } from '$lib/domain/coverage';
import { metricDefinition, metricIds, streamMetricIds } from '$lib/metrics';
import { en } from './en';
import { fr } from './fr';

/** Words French writes as English does. */
const SAME_IN_FRENCH = new Set(['Rural', 'rural']);

function expectBothLanguages(codes: readonly string[], english: Readonly<Record<string, string>>, french: Readonly<Record<string, string>>) {
	expect(codes.length).toBeGreaterThan(0);
	expect(Object.keys(english).sort()).toEqual([...codes].sort());
	expect(Object.keys(french).sort()).toEqual([...codes].sort());
	for (const code of codes) {
		expect(english[code]?.trim(), code).not.toBe('');
		expect(french[code]?.trim(), code).not.toBe('');
		if (!SAME_IN_FRENCH.has(english[code] ?? '')) expect(french[code], code).not.toBe(english[code]);
	}
}

describe('words for the domain’s codes', () => {
	it('names every gap level in both languages', () => {
		expectBothLanguages(GAP_LEVELS, en.vocabulary.levels, fr.vocabulary.levels);
		expect(fr.vocabulary.levels.critical).toBe('Critique');
	});

	it('names every remoteness class in both languages (« Rural » is the same word)', () => {
		expectBothLanguages(REMOTENESS_CLASSES, en.vocabulary.remoteness, fr.vocabulary.remoteness);
		expect(fr.vocabulary.remoteness.rural).toBe(en.vocabulary.remoteness.rural);
	});

	it('titles every gap reason in both languages', () => {
		expectBothLanguages(Object.keys(REASONS) as ReasonCode[], en.vocabulary.reasons, fr.vocabulary.reasons);
		expect(fr.vocabulary.reasons.assisted_by_opp).toBe('Desservie par la PPO');
	});

	it('names every peer feature in both languages', () => {
		expectBothLanguages(
			PEER_FEATURES.map((feature) => feature.id),
			en.vocabulary.peerFeatures,
			fr.vocabulary.peerFeatures
		);
	});

	it('says why Project P is recommended, for every basis, in both languages', () => {
		expectBothLanguages(PROJECT_P_BASES, en.projectP.fromFlag.basis, fr.projectP.fromFlag.basis);
	});

	it('labels, short-labels and defines every metric of both families, and only those', () => {
		const ids = [...metricIds, ...streamMetricIds];
		for (const key of ['label', 'shortLabel', 'definition'] as const) {
			const words = (language: typeof en) => Object.fromEntries(Object.entries(language.metrics).map(([id, text]) => [id, text[key]]));
			expectBothLanguages(ids, words(en), words(fr));
		}
	});

	it('names each of a metric’s fixed thresholds, in the registry’s order', () => {
		const withThresholds = [...metricIds, ...streamMetricIds].filter((id) => metricDefinition(id).thresholds?.length);
		expect(withThresholds).toEqual(expect.arrayContaining(['clearance_ratio', 'remoteness_class', 'current_training_share']));
		for (const id of [...metricIds, ...streamMetricIds]) {
			const count = metricDefinition(id).thresholds?.length ?? 0;
			for (const language of [en, fr]) {
				const words = language.metrics[id];
				expect('thresholds' in words ? words.thresholds.length : 0, id).toBe(count);
			}
		}
		expect(fr.metrics.remoteness_class.thresholds).toEqual(['accès urbain', 'rural']);
	});
});
