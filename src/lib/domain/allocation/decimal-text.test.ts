import { describe, it } from 'vitest';
import { parseDecimal, parseDollarsToCents } from './decimal-text';
import { expectEach } from '../../../../tests/support/expect-each';

describe('parseDecimal', () => {
	it('reads English and French writing of the same number', () => {
		expectEach((text) => parseDecimal(text, 'en'), { '1,234.5': 1234.5, '0,5': 0.5, '5,000': 5000 });
		expectEach((text) => parseDecimal(text, 'fr'), { '1\u202f234,5': 1234.5, '1 234,5 %': 1234.5, '0.5': 0.5, '5,000': 5 });
	});

	it('returns null for blank or non-numeric text', () => {
		expectEach((text) => parseDecimal(text, 'en'), { '': null, '12a': null, '1.2.3': null });
	});
});

describe('parseDollarsToCents', () => {
	it('turns dollars into exact integer cents', () => {
		expectEach((text) => parseDollarsToCents(text, 'en'), { '$5,000,000.00': 500_000_000, '0.29': 29, '140000': 14_000_000, '-2.5': -250 });
		expectEach((text) => parseDollarsToCents(text, 'fr'), { '5 000 000,00 $': 500_000_000 });
	});

	it('refuses fractions of a cent', () => {
		expectEach((text) => parseDollarsToCents(text, 'en'), { '1.005': null });
	});
});
