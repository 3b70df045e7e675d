/**
 * Fuzzing the file reader (fast-check): arbitrary bytes and CSV-like text never crash it, and
 * where a file is cut into chunks (a multi-byte character split between two network packets)
 * changes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES } from '../../domain/import/issues';
import { UnsupportedFormatError } from './limits';
import { readFile } from './read-file';
import { importContext } from '../../../../tests/support/import-context';

const CONTEXT = importContext({ services: ['toronto', 'york'] });

async function* chunked(bytes: Uint8Array, cuts: number[]): AsyncGenerator<Uint8Array> {
	let start = 0;
	for (const cut of [...cuts].sort((a, b) => a - b)) {
		const end = Math.min(cut, bytes.length);
		if (end > start) yield bytes.subarray(start, end);
		start = Math.max(start, end);
	}
	if (start < bytes.length) yield bytes.subarray(start);
}

const csvText = fc
	.array(
		fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('"', '""', ';', ',', '\n', '\r\n', 'é', '€', '2024-Q1', 'toronto', '12')), { maxLength: 10 }),
		{ maxLength: 12 }
	)
	.map((rows) => ['police_service_id,period,referrals_received', ...rows.map((cells) => cells.join(','))].join('\n'));

describe('readFile under arbitrary input', () => {
	it('never crashes on arbitrary bytes', async () => {
		await fc.assert(
			fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
				try {
					const read = await readFile(chunked(bytes, []), 'caseload', CONTEXT, { keepContent: false });
					for (const issue of read.validation.issues) expect(ISSUE_CODES).toContain(issue.code);
					expect(read.byteSize).toBe(bytes.length);
				} catch (error) {
					expect(error).toBeInstanceOf(UnsupportedFormatError);
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('reads CSV text the same way however it is cut into chunks', async () => {
		await fc.assert(
			fc.asyncProperty(csvText, fc.array(fc.nat({ max: 4000 }), { maxLength: 6 }), async (text, cuts) => {
				const bytes = Buffer.from(`\ufeff${text}`, 'utf8');
				const whole = await readFile(chunked(bytes, []), 'caseload', CONTEXT, { keepContent: true });
				const pieces = await readFile(chunked(bytes, cuts), 'caseload', CONTEXT, { keepContent: true });
				expect(pieces.validation).toEqual(whole.validation);
				expect(pieces.checksum).toBe(whole.checksum);
				expect(pieces.content?.equals(bytes)).toBe(true);
			}),
			{ numRuns: 200 }
		);
	});
});
