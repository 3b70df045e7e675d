import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, readCsv } from './csv-reader';

async function rows(text: string, delimiter: ',' | ';' = ','): Promise<[number, string[]][]> {
	const found: [number, string[]][] = [];
	async function* chunks() {
		yield Buffer.from(text, 'utf8');
	}
	await readCsv(chunks(), delimiter, (row, cells) => found.push([row, cells]));
	return found;
}

describe('readCsv', () => {
	it('numbers rows by the line they start on, across blank lines, quoted line breaks and mixed line endings', async () => {
		const text = '\ufeffa,b\r\n\r\n  \r\n1,"two\nlines"\n3,4\r5,6\r\n';
		expect((await rows(text)).filter(([, cells]) => cells.some((cell) => cell !== ''))).toEqual([
			[1, ['a', 'b']],
			[4, ['1', 'two\nlines']],
			[6, ['3', '4']],
			[7, ['5', '6']]
		]);
	});

	it('trims spaces around fields, quoted or not, and keeps separators inside quotes', async () => {
		expect(await rows(' x ; "a;b" ;c  \n', ';')).toEqual([[1, ['x', 'a;b', 'c']]]);
	});

	it('reports a malformed quote with its line', async () => {
		await expect(rows('a,b\n1,"x"y\n')).rejects.toBeInstanceOf(CsvSyntaxError);
		await expect(rows('a,b\n1,"x"y\n')).rejects.toMatchObject({ line: 2 });
	});
});

describe('readCsv on hostile input', () => {
	it('reports a malformed quote after a long run of spaces in linear time', async () => {
		const started = performance.now();
		await expect(rows(`a,b\n1,"x"${' '.repeat(200_000)}y\n`)).rejects.toMatchObject({ line: 2 });
		expect(performance.now() - started).toBeLessThan(1000);
	});
});
