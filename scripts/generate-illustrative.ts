/**
 * Writes the ILLUSTRATIVE (not real) ICE data: data/illustrative/ice-quarterly.csv and
 * data/illustrative/funding.csv, from the project's own reference tables in data/reference/.
 *
 *   npm run data:illustrative
 *
 * Deterministic: a fixed, documented seed (ILLUSTRATIVE_SEED in scripts/lib/illustrative.ts)
 * gives byte-identical files on every run. Method and assumptions: data/README.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fiscalYearLabel } from '../src/lib/domain/period';
import { formatCsv, parseCsv, requireColumns, type CsvRecord } from './lib/csv';
import {
	FUNDING_COLUMNS,
	generateIllustrative,
	ICE_QUARTERLY_COLUMNS,
	ILLUSTRATIVE_PERIODS,
	ILLUSTRATIVE_SEED
} from './lib/illustrative';
import { generatorInputs } from './lib/illustrative-sources';
import { totalInCalendarYear, totalsByFiscalYear } from './lib/illustrative-summary';
import { dataPath, displayPath } from './lib/project-paths';
import { exitIfProblems, runScript } from './lib/script-exit';

const SCRIPT = 'generate-illustrative';

function main(): void {
	const communities = readReference('communities.csv', ['csduid', 'csd_type', 'population']);
	const jurisdictions = readReference('jurisdictions.csv', ['csduid', 'police_service_id', 'opp_region']);
	const services = readReference('police-services.csv', [
		'police_service_id', 'service_kind', 'opp_region', 'ice_strategy_member', 'sworn_officers'
	]);

	const units = readReference('reporting-units.csv', ['unit_id', 'police_service_id', 'opp_region']);
	const inputs = generatorInputs({ communities, jurisdictions, services, units });
	exitIfProblems(SCRIPT, inputs.problems);
	const data = generateIllustrative(inputs.services, {
		seed: ILLUSTRATIVE_SEED,
		periods: ILLUSTRATIVE_PERIODS,
		ontarioChildren: inputs.ontarioChildren
	});

	mkdirSync(dataPath('illustrative'), { recursive: true });
	write('ice-quarterly.csv', formatCsv(ICE_QUARTERLY_COLUMNS, data.quarterly), data.quarterly.length);
	write('funding.csv', formatCsv(FUNDING_COLUMNS, data.funding), data.funding.length);

	console.log('investigations opened, Ontario (illustrative):');
	for (const [year, { total, quarters }] of totalsByFiscalYear(data.quarterly, 'investigations_opened')) {
		const annualised = quarters === 4 ? '' : ` (${quarters} quarters; ≈ ${Math.round((total * 4) / quarters)} a year)`;
		console.log(`  ${fiscalYearLabel(year)}: ${total}${annualised}`);
	}
	console.log(`  calendar 2023: ${totalInCalendarYear(data.quarterly, 'investigations_opened', 2023)}`);
}

function readReference(fileName: string, columns: readonly string[]): CsvRecord[] {
	const file = dataPath('reference', fileName);
	const records = parseCsv(readFileSync(file, 'utf8'));
	requireColumns(records, columns, displayPath(file));
	return records;
}

function write(fileName: string, text: string, rowCount: number): void {
	const file = dataPath('illustrative', fileName);
	writeFileSync(file, text);
	console.log(`${displayPath(file)}: ${rowCount} rows`);
}

runScript(SCRIPT, main);
