import { describe, expect, it } from 'vitest';
import { SUPPRESSED, WITHHELD } from './disclosure';
import { makeReason, quotedValue, REASONS, type ReasonCode, type ReasonValue } from './reasons';

const codes = Object.keys(REASONS) as ReasonCode[];

/** Distinct sample values, so a message that quoted the wrong one would be caught. */
function sampleValues(code: ReasonCode, pick: (i: number) => ReasonValue): Record<string, ReasonValue> {
	return Object.fromEntries(Object.keys(REASONS[code].values).map((key, i) => [key, pick(i)]));
}

describe('reason catalogue', () => {
	it('titles every code in English and French', () => {
		for (const code of codes) {
			expect(REASONS[code].title.en).not.toBe('');
			expect(REASONS[code].title.fr).not.toBe('');
		}
	});

	it('quotes every value of every code in both languages, with nothing left unfilled', () => {
		for (const code of codes) {
			const values = sampleValues(code, (i) => 1234.5 + 111 * i);
			const reason = makeReason(code, 'gap', values as never);
			for (const [key, value] of Object.entries(values)) {
				expect(reason.message_en).toContain(quotedValue(code, key, value, 'en'));
				expect(reason.message_fr).toContain(quotedValue(code, key, value, 'fr'));
			}
			for (const message of [reason.message_en, reason.message_fr]) expect(message).not.toMatch(/undefined|NaN|—/);
		}
	});

	it('writes disclosure markers into the sentence', () => {
		const reason = makeReason('backlog_growth', 'watch', {
			quarters_growing: 5,
			quarters_threshold: 4,
			open_backlog_start: SUPPRESSED,
			open_backlog: 7
		});
		expect(reason.message_en).toBe('The open backlog grew for 5 consecutive quarters (threshold: 4), from <5 to 7 files.');
		const rate = makeReason('referral_load', 'watch', { referrals_per_investigator: WITHHELD, threshold_multiplier: 1.5, provincial_median: 51 });
		expect(rate.message_fr).toContain('confidentiel renvois par enquêteur EEI');
	});

	it('reads right for a count of one: the count follows a label, never a plural noun', () => {
		const one = makeReason('forensic_backlog_without_examiner', 'watch', { forensic_backlog_devices: 1 });
		expect(one.message_en).toBe('Devices awaiting forensic examination: 1, and the service has no digital forensic examiner of its own.');
		expect(one.message_fr).toBe('Appareils en attente d’examen judiciaire : 1, et le service n’a aucun examinateur en criminalistique numérique.');
		const referrals = makeReason('referrals_without_investigator', 'gap', { referrals_annualised: 1 });
		expect(referrals.message_en).not.toMatch(/\b1 referrals\b/);
	});
});
