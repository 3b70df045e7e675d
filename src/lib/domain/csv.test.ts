import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { defuseFormulas, toCsv } from './csv';
import { expectEach } from '../../../tests/support/expect-each';

const FORMULA_START = /^[=+\-@\t\r]/;

describe('toCsv', () => {
	it('starts with a BOM, quotes what needs quoting and ends rows with CRLF', () => {
		const csv = toCsv(['name', 'value'], [['Stormont, Dundas', 3], ['Say "hi"', null]]);
		expect(csv).toBe('\uFEFFname,value\r\n"Stormont, Dundas",3\r\n"Say ""hi""",\r\n');
	});

	it('defuses spreadsheet formulas but keeps numbers', () => {
		expect(toCsv(['a', 'b'], [['=HYPERLINK("x")', -4]])).toBe('\uFEFFa,b\r\n"\'=HYPERLINK(""x"")",-4\r\n');
	});

	it('leaves no formula at the start of any field, whichever separator a spreadsheet splits on', () => {
		const hostile = ['Crown office;=1+1;@SUM(2+2)', 'a\t+1', '\t=2', ' ; -3+x', 'line\r\n@cmd', '@x'];
		const csv = toCsv(['name', 'amount', 'text amount'], [...hostile.map((text) => [text, -3, '-4.5']), ['plain', -12.25, '7']]);
		const fields: string[] = [];
		for (const delimiter of [',', ';', '\t']) {
			const rows = parse(csv, { bom: true, delimiter, relax_quotes: true, relax_column_count: true }) as string[][];
			fields.push(...rows.flat());
		}
		// A naive reader that ignores quotes and splits on every separator.
		fields.push(...csv.replace(/^\uFEFF/, '').split(/[,;\t\r\n]/));
		expect(fields.length).toBeGreaterThan(40);
		const formulas = fields.filter((field) => FORMULA_START.test(field.trimStart()) && !/^-\d+(?:\.\d+)?$/.test(field));
		expect(formulas).toEqual([]);
	});

	it('keeps negative numbers in numeric columns as numbers', () => {
		const rows = parse(toCsv(['n', 't'], [[-3, '-4.5']]), { bom: true }) as string[][];
		expect(rows[1]).toEqual(['-3', '-4.5']);
	});
});

describe('defuseFormulas', () => {
	it('prefixes every part after a semicolon or tab that starts a formula, and nothing else', () => {
		expectEach(defuseFormulas, {
			'Crown office;=1+1;@SUM(2+2)': "Crown office;'=1+1;'@SUM(2+2)",
			'\t=x': "'\t'=x",
			'Toronto; York': 'Toronto; York',
			'-4': '-4',
			'-4 devices': "'-4 devices"
		});
	});
});
