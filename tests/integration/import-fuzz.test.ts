/**
 * Fuzzing whole imports against the database (fast-check): files built from valid and invalid
 * cells, in random order, with duplicate keys and quoting. A file the oracle below calls valid
 * must commit with exactly its values; any other file must be rejected with nothing written.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportActor } from '../../src/lib/domain/import/permissions';
import { importFile } from '../../src/lib/server/import/operations';
import { actor, body, digest, NOW } from '../fixtures/imports/support';
import { createTestDatabase, type TestDatabase } from './test-db';

let test: TestDatabase;
let planner: ImportActor;

beforeAll(async () => {
	test = await createTestDatabase();
	planner = await actor(test.db, 'planner-fuzz', 'planner');
});
afterAll(() => test.drop());

const HEADER = 'police_service_id,period,referrals_received,investigations_opened,investigations_concluded,charges_laid,victims_identified,open_backlog,files_referred_project_p';

/** A cell and whether the atlas must accept it. */
const count = fc.oneof(
	{ weight: 8, arbitrary: fc.integer({ min: 0, max: 1_000_000 }).map((n) => ({ text: String(n), valid: true })) },
	{ weight: 1, arbitrary: fc.integer({ min: 0, max: 9999 }).map((n) => ({ text: `  ${n} `, valid: true })) },
	{ weight: 1, arbitrary: fc.string({ maxLength: 6 }).map((s) => ({ text: `x${s}`, valid: false })) },
	{ weight: 1, arbitrary: fc.constantFrom({ text: '-3', valid: false }, { text: '2.5', valid: false }, { text: '', valid: false }, { text: '1000001', valid: false }) }
);
const service = fc.oneof({ weight: 6, arbitrary: fc.constantFrom('toronto', 'york', 'barrie').map((text) => ({ text, valid: true })) }, { weight: 1, arbitrary: fc.constant({ text: 'nowhere', valid: false }) });
const period = fc.oneof({ weight: 6, arbitrary: fc.constantFrom('2024-Q3', '2024-Q4', '2025-Q1').map((text) => ({ text, valid: true })) }, { weight: 1, arbitrary: fc.constant({ text: '2031-Q1', valid: false }) });
const row = fc.record({ service, period, counts: fc.array(count, { minLength: 7, maxLength: 7 }) });

function quote(text: string): string {
	return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

describe('imports under arbitrary files', () => {
	it('commit exactly the valid files and write nothing for the others', { timeout: 300_000 }, async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 12 }), async (rows) => {
				const keys = rows.map((r) => `${r.service.text} ${r.period.text}`);
				const valid = rows.every((r) => r.service.valid && r.period.valid && r.counts.every((c) => c.valid)) && new Set(keys).size === keys.length;
				const csv = [HEADER, ...rows.map((r) => [r.service.text, r.period.text, ...r.counts.map((c) => c.text)].map(quote).join(','))].join('\r\n');
				const before = await digest(test.db);
				// Arbitrary figures are often implausible next to the stored quarters: confirmed, as the property is about validity.
				const report = await importFile(test.db, body(csv), { kind: 'caseload', fileName: 'fuzz.csv', actor: planner, dryRun: false, now: NOW, confirmWarnings: true });
				if (!valid) {
					expect(report.status).toBe('rejected');
					expect(report.errors.length).toBeGreaterThan(0);
					expect(await digest(test.db)).toEqual(before);
					return;
				}
				expect(report.errors).toEqual([]);
				expect(report.status).toBe('committed');
				for (const r of rows) {
					const stored = await test.db
						.selectFrom('ice_quarter')
						.select(['referrals_received', 'investigations_opened', 'investigations_concluded', 'charges_laid', 'victims_identified', 'open_backlog', 'files_referred_project_p'])
						.where('police_service_id', '=', r.service.text)
						.where('period', '=', r.period.text)
						.executeTakeFirstOrThrow();
					expect(Object.values(stored)).toEqual(r.counts.map((c) => Number(c.text.trim())));
				}
			}),
			{ numRuns: 60 }
		);
	});
});
