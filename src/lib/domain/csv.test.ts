import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
	it('starts with a BOM, quotes what needs quoting and ends rows with CRLF', () => {
		const csv = toCsv(['name', 'value'], [['Stormont, Dundas', 3], ['Say "hi"', null]]);
		expect(csv).toBe('\uFEFFname,value\r\n"Stormont, Dundas",3\r\n"Say ""hi""",\r\n');
	});

	it('defuses spreadsheet formulas but keeps numbers', () => {
		expect(toCsv(['a', 'b'], [['=HYPERLINK("x")', -4]])).toBe('\uFEFFa,b\r\n"\'=HYPERLINK(""x"")",-4\r\n');
	});
});
