/**
 * Fuzzing the validator (fast-check): whatever the cells, it never throws, every issue names a
 * row, a known code and a sentence in both languages; and rows written from valid values are
 * accepted with exactly those values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodRange } from '../period';
import { COLUMNS } from './columns';
import { describeIssue } from '../../i18n/import-issues';
import { ISSUE_CODES } from './issues';
import { IMPORT_KINDS } from './kinds';
import { FileValidator } from './validate';
import { importContext } from '../../../../tests/support/import-context';

const SERVICES = ['toronto', 'york', 'opp-3543'];
const CONTEXT = importContext({ services: SERVICES, csduids: ['3520005', '3519028'] });

/** Cells that look like data more often than pure noise does. */
const cell = fc.oneof(
	fc.string(),
	fc.string({ unit: 'grapheme' }),
	fc.constantFrom('', ' ', '0', '-1', '1.5', '1,5', '12a', '2024-Q1', '2024-02-30', 'toronto', '3520005', '$1,234.56', 'true', 'oui', '1e9', 'NaN'),
	fc.integer().map(String),
	fc.double().map(String)
);

/** 300 random files take about 3 s on a quiet machine, near the 5 s default on a busy one. */
const PROPERTY_TIMEOUT_MS = 60_000;

describe('FileValidator under arbitrary input', () => {
	it('never throws, and every issue is well formed and describable', () => {
		fc.assert(
			fc.property(fc.constantFrom(...IMPORT_KINDS), fc.boolean(), fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 25 }), (kind, decimalComma, rows) => {
				const validator = new FileValidator(kind, CONTEXT, { decimalComma });
				const header = COLUMNS[kind].map((column) => column.name);
				validator.add(1, header);
				rows.forEach((cells, index) => validator.add(index + 2, cells));
				const result = validator.finish();
				expect(result.rows.length).toBeLessThanOrEqual(result.rowCount);
				for (const issue of result.issues) {
					expect(ISSUE_CODES).toContain(issue.code);
					expect(issue.row).toBeGreaterThanOrEqual(0);
					expect(issue.row).toBeLessThanOrEqual(rows.length + 1);
					expect(describeIssue(issue, 'en').length).toBeGreaterThan(0);
					// Every placeholder filled: checked with plain values, since cells may hold braces themselves.
					const plain = { ...issue, value: 'V', params: Object.fromEntries(Object.entries(issue.params ?? {}).map(([k]) => [k, 'P'])) };
					expect(describeIssue(plain, 'fr')).not.toMatch(/\{\w+\}/);
					expect(describeIssue(plain, 'en')).not.toMatch(/\{\w+\}/);
				}
			}),
			{ numRuns: 300 }
		);
	}, PROPERTY_TIMEOUT_MS);

	it('accepts caseload rows written from valid values, exactly', () => {
		const periods = periodRange('2004-Q1', '2025-Q4');
		const row = fc.record({
			service: fc.constantFrom(...SERVICES),
			period: fc.constantFrom(...periods),
			counts: fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 7, maxLength: 7 })
		});
		fc.assert(
			fc.property(fc.uniqueArray(row, { selector: (r) => `${r.service} ${r.period}`, maxLength: 30 }), (rows) => {
				const validator = new FileValidator('caseload', CONTEXT, { decimalComma: false });
				validator.add(1, COLUMNS.caseload.filter((c) => c.presence !== 'optional').map((c) => c.name));
				rows.forEach((r, index) => validator.add(index + 2, [r.service, r.period, ...r.counts.map(String)]));
				const result = validator.finish();
				expect(result.issues.filter((issue) => issue.code !== 'empty_file')).toEqual([]);
				expect(result.rows.map(({ record }) => [record.police_service_id, record.period, ...Object.values(record.caseload ?? {})])).toEqual(
					rows.map((r) => [r.service, r.period, ...r.counts])
				);
			}),
			{ numRuns: 200 }
		);
	});
});
