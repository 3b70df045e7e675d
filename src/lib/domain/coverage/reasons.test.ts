import { describe, expect, it } from 'vitest';
import { SUPPRESSED, WITHHELD } from './disclosure';
import { makeReason, quotedValue, REASONS, type ReasonCode, type ReasonValue } from './reasons';

const codes = Object.keys(REASONS) as ReasonCode[];

/** Distinct sample values, so a message that quoted the wrong one would be caught. */
function sampleValues(code: ReasonCode, pick: (i: number) => ReasonValue): Record<string, ReasonValue> {
	return Object.fromEntries(Object.keys(REASONS[code].values).map((key, i) => [key, pick(i)]));
}

describe('reason catalogue', () => {
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

	it('writes disclosure markers into the sentence, and names whose figure it is', () => {
		const names = { responder: { en: 'OPP North West team', fr: 'équipe de la PPO (région Nord-Ouest)' } };
		const reason = makeReason(
			'responder_backlog_growth',
			'watch',
			{ quarters_growing: 5, quarters_threshold: 4, open_backlog_start: SUPPRESSED, open_backlog: 7 },
			names
		);
		expect(reason.message_en).toBe('OPP North West team: the open backlog grew for 5 consecutive quarters (threshold: 4), from <5 to 7 files.');
		const rate = makeReason('responder_load', 'watch', { referrals_per_investigator: WITHHELD, threshold: 120 }, names);
		expect(rate.message_fr).toContain('équipe de la PPO (région Nord-Ouest) : confidentiel renvois par enquêteur EEI');
	});

	it('reads right for a count of one: the count follows a label, never a plural noun', () => {
		const names = { responder: { en: 'Town Police Service', fr: 'Service de police de Town' } };
		const one = makeReason('responder_forensic_without_examiner', 'watch', { forensic_backlog_devices: 1 }, names);
		expect(one.message_en).toBe('Town Police Service: devices awaiting forensic examination: 1, and no examiner of its own.');
		expect(one.message_fr).toBe('Service de police de Town : appareils en attente d’examen judiciaire : 1, et aucun examinateur.');
		const referrals = makeReason('responder_without_investigators', 'gap', { referrals_answered: 1 }, names);
		expect(referrals.message_en).not.toMatch(/\b1 referrals\b/);
		expect(referrals.message_en).toContain('(annualised): 1.');
	});
});
