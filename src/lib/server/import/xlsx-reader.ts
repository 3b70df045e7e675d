/**
 * Reads the first worksheet of an Excel workbook (.xlsx) with exceljs. The workbook is read from
 * memory, not streamed: a zip's directory sits at its end, and exceljs's streaming reader spills
 * worksheets to temporary files (no temporary files left behind). The 10 MB cap and the
 * unpacked-size guard (zip-guard.ts, which counts the bytes really inflated) bound the memory used.
 * Every cell becomes text, as in a CSV: numbers to 15 significant digits (Excel's own precision,
 * which drops binary noise such as 0.30000000000000004), dates as YYYY-MM-DD (period-input.ts
 * turns them into quarters and fiscal years), formulas as their cached result.
 */
import ExcelJS from 'exceljs';
import type { RowSink } from './csv-reader';
import { MAX_XLSX_UNPACKED_BYTES } from './limits';
import { checkUnpackedSize, ZipTooLargeError, ZipUnreadableError } from './zip-guard';

export class WorkbookUnreadableError extends Error {}
export class WorkbookTooLargeError extends Error {}

type Scalar = number | string | boolean | Date | null | undefined;

function scalarText(value: Scalar): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
	if (typeof value === 'number') return String(Number(value.toPrecision(15)));
	return String(value);
}

export function cellText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined || typeof value !== 'object' || value instanceof Date) return scalarText(value);
	if ('richText' in value) return value.richText.map((run) => run.text).join('');
	if ('hyperlink' in value) return value.text;
	if ('error' in value) return value.error;
	if ('result' in value) {
		const result = value.result;
		return typeof result === 'object' && result !== null && !(result instanceof Date) ? result.error : scalarText(result);
	}
	return '';
}

export async function readXlsx(content: Buffer, sink: RowSink): Promise<void> {
	try {
		await checkUnpackedSize(content, MAX_XLSX_UNPACKED_BYTES);
	} catch (error) {
		if (error instanceof ZipTooLargeError) throw new WorkbookTooLargeError(error.message);
		if (error instanceof ZipUnreadableError) throw new WorkbookUnreadableError(error.message);
		throw error;
	}
	const workbook = new ExcelJS.Workbook();
	try {
		// exceljs declares its own global `Buffer extends ArrayBuffer`; Node's Buffer is what it reads.
		await workbook.xlsx.load(content as unknown as Parameters<typeof workbook.xlsx.load>[0]);
	} catch (error) {
		throw new WorkbookUnreadableError((error as Error).message);
	}
	const sheet = workbook.worksheets[0];
	if (!sheet) return;
	sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
		const cells: string[] = [];
		// row.values is 1-based and sparse: index 0 is always empty.
		const values = row.values as ExcelJS.CellValue[];
		for (let column = 1; column < values.length; column += 1) cells.push(cellText(values[column]).trim());
		sink(rowNumber, cells);
	});
}
