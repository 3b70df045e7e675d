/**
 * `npm run bench`: runs every benchmark module in bench/ (each exports `default run()` returning
 * BenchResult[]) and prints one table with medians, targets and whether each target is met.
 * `npm run bench -- startup coverage` runs only the named modules.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchResult } from './types';

const here = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const modules = readdirSync(here)
	// Shared helpers, not benchmarks: the runner itself, result types, the server starter, the real province.
	.filter((file) => file.endsWith('.ts') && !['run.ts', 'types.ts', 'server.ts', 'real-province.ts'].includes(file) && !file.endsWith('.test.ts'))
	.map((file) => file.replace(/\.ts$/, ''))
	.filter((name) => wanted.length === 0 || wanted.includes(name))
	.sort();

const rows: (BenchResult & { module: string })[] = [];
for (const name of modules) {
	console.log(`bench: ${name}…`);
	const module = (await import(pathToFileURL(path.join(here, `${name}.ts`)).href)) as { default: () => Promise<BenchResult[]> };
	for (const result of await module.default()) rows.push({ module: name, ...result });
}

const format = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3));
console.log('\n| benchmark | median (ms) | target (ms) | met | runs | note |\n|---|---:|---:|:-:|---:|---|');
for (const row of rows) {
	const met =
		row.target_min !== undefined ? (row.median_ms >= row.target_min ? 'yes' : 'NO')
		: row.target_ms === undefined ? ''
		: row.median_ms <= row.target_ms ? 'yes' : 'NO';
	const target = row.target_min === undefined ? (row.target_ms ?? '') : `≥ ${row.target_min}`;
	console.log(`| ${row.module}: ${row.name} | ${format(row.median_ms)} | ${target} | ${met} | ${row.runs} | ${row.note ?? ''} |`);
}
