import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { ImportIssue } from './issues';
import { importsEn } from '../../i18n/sections/imports';
import { importsFr } from '../../i18n/sections-fr/imports';
import { COLUMNS, templateColumns } from './columns';
import { normaliseHeader, resolveHeader } from './headers';
import { ISSUE_CODES } from './issues';
import { IMPORT_KINDS } from './kinds';
import { rowSchemas } from './row-schemas';
import { templateCsv } from './template';
import { IMPORT_CONTEXT } from '../../../../tests/support/import-context';
import { CAPACITY_COLUMNS, CASELOAD_COLUMNS } from './kinds/quarter-figures';

describe('the column registry', () => {
	it('matches each kind’s valibot schema: same columns, optional exactly where the registry says', () => {
		const schemas = rowSchemas(IMPORT_CONTEXT, { decimalComma: false });
		for (const kind of IMPORT_KINDS) {
			const entries = schemas[kind].entries as Record<string, v.GenericSchema>;
			expect(Object.keys(entries).sort(), kind).toEqual(COLUMNS[kind].map((c) => c.name).sort());
			for (const column of COLUMNS[kind]) {
				expect(entries[column.name]?.type === 'optional', `${kind}.${column.name}`).toBe(column.presence === 'optional');
			}
		}
	});

	it('gives every column distinct normalised English and French headers, and a description in both languages', () => {
		for (const kind of IMPORT_KINDS) {
			const owner = new Map<string, string>();
			for (const column of COLUMNS[kind]) {
				for (const header of [column.name, column.french]) {
					expect(owner.get(normaliseHeader(header)) ?? column.name, `${kind}: ${header}`).toBe(column.name);
					owner.set(normaliseHeader(header), column.name);
				}
				expect(importsEn.columns[column.name as keyof typeof importsEn.columns], column.name).toBeTruthy();
				expect(importsFr.columns[column.name as keyof typeof importsFr.columns], column.name).toBeTruthy();
			}
		}
	});

	it('has an English and a French message for every issue code', () => {
		expect(Object.keys(importsEn.issues).sort()).toEqual([...ISSUE_CODES].sort());
		expect(Object.keys(importsFr.issues).sort()).toEqual([...ISSUE_CODES].sort());
	});

	it('writes templates with a BOM and the English headers; a quarter template has every column a new quarter needs', () => {
		expect(templateCsv('capacity')).toBe(
			'\ufeffpolice_service_id,period,investigators_fte,forensic_examiners_fte,forensic_backlog_devices,referrals_received,investigations_opened,investigations_concluded,charges_laid,victims_identified,open_backlog,files_referred_project_p\r\n'
		);
		const caseload = templateColumns('caseload').map((c) => c.name);
		for (const column of [...CAPACITY_COLUMNS, ...CASELOAD_COLUMNS]) expect(caseload).toContain(column);
		expect(caseload.slice(0, 3)).toEqual(['police_service_id', 'period', 'referrals_received']);
		expect(templateCsv('roster')).toBe('\ufeffmember_id,name,role,home_region,active,period,fte\r\n');
	});
});

describe('the referrals column in French', () => {
	it('reads « Renvois reçus », and still the older « Signalements reçus » header of earlier templates', () => {
		for (const label of ['Renvois reçus', 'renvois_recus', 'Signalements reçus']) {
			const issues: ImportIssue[] = [];
			const resolved = resolveHeader('caseload', ['police_service_id', 'period', label], 1, (issue) => issues.push(issue));
			expect(issues.filter((issue) => issue.code === 'unknown_column')).toEqual([]);
			expect(resolved.columns[2]?.name).toBe('referrals_received');
		}
	});
});
