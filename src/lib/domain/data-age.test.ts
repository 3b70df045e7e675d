import { describe, expect, it } from 'vitest';
import { ontarioDate, staleData } from './data-age';
import { interpolate, messages } from '../i18n/messages';

describe('staleData', () => {
	it('is silent while the latest quarter ended two quarters ago or less', () => {
		// FY2025-26 Q2 ended 2025-09-30; two quarters later is the end of Q4, 2026-03-31.
		expect(staleData('2025-Q2', '2025-10-15')).toBeNull();
		expect(staleData('2025-Q2', '2026-01-01')).toBeNull();
		expect(staleData('2025-Q2', '2026-03-31')).toBeNull();
	});

	it('warns from the first day after exactly two quarters', () => {
		expect(staleData('2025-Q2', '2026-04-01')).toEqual({ period: '2025-Q2', label_en: 'FY2025-26 Q2', label_fr: 'EF 2025-2026 T2', ended: '2025-09-30' });
		expect(staleData('2025-Q2', '2026-12-07')?.ended).toBe('2025-09-30');
	});

	it('crosses the calendar year at Q3 and Q4', () => {
		// Q3 (October–December 2025) ended 2025-12-31; two quarters later is 2026-06-30.
		expect(staleData('2025-Q3', '2026-06-30')).toBeNull();
		expect(staleData('2025-Q3', '2026-07-01')?.label_en).toBe('FY2025-26 Q3');
		// Q4 (January–March 2026) ended 2026-03-31; two quarters later is 2026-09-30.
		expect(staleData('2025-Q4', '2026-09-30')).toBeNull();
		expect(staleData('2025-Q4', '2026-10-01')?.ended).toBe('2026-03-31');
	});

	it('says nothing when no data are loaded, and refuses a malformed today', () => {
		expect(staleData(null, '2030-01-01')).toBeNull();
		expect(() => staleData('2025-Q2', '2026-4-1')).toThrow(/ISO date/);
	});
});

describe('ontarioDate', () => {
	it('gives the day in Eastern time, not UTC', () => {
		// 03:30 UTC on April 1 is still March 31 in Toronto (UTC−4 in daylight time).
		expect(ontarioDate(new Date('2026-04-01T03:30:00Z'))).toBe('2026-03-31');
		expect(ontarioDate(new Date('2026-04-01T04:30:00Z'))).toBe('2026-04-01');
		// Winter: UTC−5.
		expect(ontarioDate(new Date('2026-01-01T04:59:00Z'))).toBe('2025-12-31');
	});
});

describe('the notice text', () => {
	it('reads as the sentence pages show, in English and French', () => {
		const notice = staleData('2025-Q2', '2026-12-07');
		expect(notice).not.toBeNull();
		if (!notice) return;
		expect(interpolate(messages('en').app.staleData, { period: notice.label_en, ended: notice.ended })).toBe(
			'The latest figures are for FY2025-26 Q2, which ended on 2025-09-30: more than two quarters ago.'
		);
		expect(interpolate(messages('fr').app.staleData, { period: notice.label_fr, ended: notice.ended })).toBe(
			'Les données les plus récentes portent sur le trimestre EF 2025-2026 T2, qui s’est terminé le 2025-09-30 : il y a plus de deux trimestres.'
		);
	});
});
