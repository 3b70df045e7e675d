import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectAll } from '../../tests/support/expect-all';
import { formatCsv, parseCsv } from './csv';
import {
	FUNDING_COLUMNS,
	generateIllustrative,
	ICE_QUARTERLY_COLUMNS,
	ILLUSTRATIVE_PERIODS,
	ILLUSTRATIVE_SEED,
	type IceQuarterlyRow
} from './illustrative';
import type { IllustrativeService } from './illustrative-inputs';
import { generatorInputs } from './illustrative-sources';
import { totalInCalendarYear, totalsByFiscalYear } from './illustrative-summary';
import { STRATEGY_POT_CENTS } from './strategy-funding';

const readData = (file: string) => readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8');
const inputs = generatorInputs({
	communities: parseCsv(readData('reference/communities.csv')),
	jurisdictions: parseCsv(readData('reference/jurisdictions.csv')),
	services: parseCsv(readData('reference/police-services.csv')),
	units: parseCsv(readData('reference/reporting-units.csv'))
});
const settings = { seed: ILLUSTRATIVE_SEED, periods: ILLUSTRATIVE_PERIODS, ontarioChildren: inputs.ontarioChildren };
const data = generateIllustrative(inputs.services, settings);
const serviceById = new Map(inputs.services.map((service) => [service.id, service]));

function rowsOf(serviceId: string, rows: readonly IceQuarterlyRow[] = data.quarterly): IceQuarterlyRow[] {
	return rows.filter((row) => row.police_service_id === serviceId);
}

function total(rows: readonly IceQuarterlyRow[], column: keyof IceQuarterlyRow): number {
	return rows.reduce((sum, row) => sum + Number(row[column]), 0);
}

describe('illustrative data: determinism', () => {
	it('reads clean inputs from the committed reference tables', () => {
		expect(inputs.problems).toEqual([]);
		expect(inputs.services).toHaveLength(58); // 53 services and the OPP's five regional teams
	});

	it('gives byte-identical CSV for the same seed and inputs', () => {
		const again = generateIllustrative(inputs.services, settings);
		expect(formatCsv(ICE_QUARTERLY_COLUMNS, again.quarterly)).toBe(formatCsv(ICE_QUARTERLY_COLUMNS, data.quarterly));
		expect(formatCsv(FUNDING_COLUMNS, again.funding)).toBe(formatCsv(FUNDING_COLUMNS, data.funding));
	});

	it('matches the committed files in data/illustrative/', () => {
		expect(readData('illustrative/ice-quarterly.csv')).toBe(formatCsv(ICE_QUARTERLY_COLUMNS, data.quarterly));
		expect(readData('illustrative/funding.csv')).toBe(formatCsv(FUNDING_COLUMNS, data.funding));
	});

	it('changes with the seed', () => {
		const other = generateIllustrative(inputs.services, { ...settings, seed: 'another seed' });
		expect(other.quarterly).not.toEqual(data.quarterly);
	});

	it('does not change other services when a service is added', () => {
		const newcomer: IllustrativeService = {
			id: 'zz-new-service', kind: 'municipal', oppRegion: 'West', iceStrategyMember: false,
			swornOfficers: null, population: 20_000, children: 3_900, serviceId: 'zz-new-service',
			childrenByRegion: new Map([['West', 3_900]])
		};
		const withNewcomer = generateIllustrative([...inputs.services, newcomer], settings);
		// Only the OPP team of its region changes: it takes the newcomer's files as assistance.
		const others = (rows: typeof data.quarterly) => rows.filter((row) => row.police_service_id !== newcomer.id && row.police_service_id !== 'opp-west');
		expect(others(withNewcomer.quarterly)).toEqual(others(data.quarterly));
		expect(withNewcomer.quarterly.filter((row) => row.police_service_id === 'opp-west')).not.toEqual(rowsOf('opp-west'));
	});

	it('does not change other services when one is removed, whatever the input order', () => {
		// Hanover has a unit of its own? No: it is assisted; removing a service with a unit changes no one else.
		const without = generateIllustrative([...inputs.services].reverse().filter((service) => service.id !== 'guelph'), settings);
		expect(without.quarterly).toEqual(data.quarterly.filter((row) => row.police_service_id !== 'guelph'));
	});
});

describe('illustrative data: calibration (domain primer §6)', () => {
	const opened = totalsByFiscalYear(data.quarterly, 'investigations_opened');

	it('opens about 8,600 investigations in calendar 2023 (8,638 published)', () => {
		expect(totalInCalendarYear(data.quarterly, 'investigations_opened', 2023)).toBeGreaterThan(8600 * 0.96);
		expect(totalInCalendarYear(data.quarterly, 'investigations_opened', 2023)).toBeLessThan(8600 * 1.04);
	});

	it('rises from about 6,000 a year in FY2019-20 (uneven growth adds up to 15 %) to about 9,500 a year in FY2025-26', () => {
		const first = opened.get(2019);
		const last = opened.get(2025);
		expect(first?.quarters).toBe(4);
		expect(first?.total).toBeGreaterThan(6000 * 0.95);
		expect(first?.total).toBeLessThan(6000 * 1.15);
		const lastAnnualised = ((last?.total ?? 0) * 4) / (last?.quarters ?? 1);
		expect(lastAnnualised).toBeGreaterThan(9500 * 0.95);
		expect(lastAnnualised).toBeLessThan(9500 * 1.05);
		const fullYears = [...opened].filter(([, entry]) => entry.quarters === 4).map(([, entry]) => entry.total);
		for (let i = 1; i < fullYears.length; i++) expect(fullYears[i]).toBeGreaterThan(fullYears[i - 1] ?? 0);
	});

	it('receives 1.2-1.4 referrals per investigation opened', () => {
		const ratio = total(data.quarterly, 'referrals_received') / total(data.quarterly, 'investigations_opened');
		expect(ratio).toBeGreaterThan(1.2);
		expect(ratio).toBeLessThan(1.4);
	});

	it('concludes about as many investigations as it opens, and charges about 0.35 per conclusion', () => {
		const concluded = total(data.quarterly, 'investigations_concluded');
		expect(concluded / total(data.quarterly, 'investigations_opened')).toBeGreaterThan(0.9);
		expect(concluded / total(data.quarterly, 'investigations_opened')).toBeLessThan(1.05);
		expect(total(data.quarterly, 'charges_laid') / concluded).toBeCloseTo(0.35, 1);
		expect(total(data.quarterly, 'victims_identified') / concluded).toBeLessThan(0.1);
	});

	it('gives remote First Nations services a higher rate per child than the province', () => {
		const provincePerChild = total(data.quarterly, 'investigations_opened') / inputs.ontarioChildren;
		for (const id of ['naps', 'treaty-three']) {
			const perChild = total(rowsOf(id), 'investigations_opened') / (serviceById.get(id)?.children ?? 1);
			expect(perChild).toBeGreaterThan(1.1 * provincePerChild);
		}
	});

	it('leaves small services with counts of 1-4 in some quarters (for disclosure control)', () => {
		const small = data.quarterly.filter((row) => Number(row.investigations_opened) >= 1 && Number(row.investigations_opened) <= 4);
		expect(new Set(small.map((row) => row.police_service_id)).size).toBeGreaterThan(20);
	});
});

describe('illustrative data: invariants', () => {
	const counts = ICE_QUARTERLY_COLUMNS.filter((column) => !['police_service_id', 'period', 'illustrative'].includes(column) && !column.endsWith('_fte'));

	it('has one row per service and quarter, 2019-Q1 to 2025-Q2, all marked illustrative', () => {
		expect(ILLUSTRATIVE_PERIODS).toHaveLength(26);
		expect(ILLUSTRATIVE_PERIODS[0]).toBe('2019-Q1');
		expect(ILLUSTRATIVE_PERIODS.at(-1)).toBe('2025-Q2');
		expect(data.quarterly).toHaveLength(58 * 26);
		expectAll(data.quarterly, (row) => row.illustrative === true);
		expectAll(data.funding, (row) => row.illustrative === true);
	});

	it('has non-negative integer counts and FTE in multiples of 0.5', () => {
		for (const row of data.quarterly) {
			for (const column of counts) expect(Number.isInteger(row[column]) && Number(row[column]) >= 0, `${row.police_service_id} ${row.period} ${column}`).toBe(true);
			for (const column of ['investigators_fte', 'forensic_examiners_fte'] as const) {
				expect(Number.isInteger(Number(row[column]) * 2), `${row.police_service_id} ${row.period} ${column}`).toBe(true);
			}
		}
	});

	it('carries the open backlog forward: previous + opened - concluded, never negative', () => {
		for (const service of inputs.services) {
			const rows = rowsOf(service.id);
			for (let i = 1; i < rows.length; i++) {
				const [previous, current] = [rows[i - 1], rows[i]];
				expect(Number(current?.open_backlog)).toBe(
					Number(previous?.open_backlog) + Number(current?.investigations_opened) - Number(current?.investigations_concluded)
				);
			}
		}
	});

	it('gives a unit only to municipal ICE Strategy members and the five OPP regional teams', () => {
		const withUnit = new Set(data.quarterly.filter((row) => Number(row.investigators_fte) > 0).map((row) => row.police_service_id));
		const expected = inputs.services
			.filter((service) => (service.kind === 'municipal' && service.iceStrategyMember))
			.map((service) => service.id)
			.concat(['opp-central', 'opp-east', 'opp-north-east', 'opp-north-west', 'opp-west']);
		expect([...withUnit].sort()).toEqual(expected.sort());
		for (const row of data.quarterly.filter((r) => withUnit.has(String(r.police_service_id)))) {
			expect(Number(row.investigators_fte)).toBeGreaterThanOrEqual(1);
			expect(Number(row.forensic_examiners_fte)).toBeGreaterThanOrEqual(0.5);
		}
		for (const row of data.quarterly.filter((r) => !withUnit.has(String(r.police_service_id)))) {
			expect([row.investigators_fte, row.forensic_examiners_fte]).toEqual([0, 0]);
		}
	});

	it('sends most files of services without a unit to Project P, few of those with one', () => {
		const withoutUnit = data.quarterly.filter((row) => row.investigators_fte === 0);
		const withUnit = data.quarterly.filter((row) => Number(row.investigators_fte) > 0);
		expect(total(withoutUnit, 'files_referred_project_p') / total(withoutUnit, 'referrals_received')).toBeGreaterThan(0.8);
		expect(total(withUnit, 'files_referred_project_p') / total(withUnit, 'referrals_received')).toBeLessThan(0.1);
	});

	it('grows member capacity a little over time, never shrinking it', () => {
		for (const id of ['toronto', 'ottawa', 'opp-central']) {
			const fte = rowsOf(id).map((row) => Number(row.investigators_fte));
			for (let i = 1; i < fte.length; i++) expect(fte[i]).toBeGreaterThanOrEqual(fte[i - 1] ?? 0);
			expect(fte.at(-1)).toBeGreaterThan(fte[0] ?? 0);
		}
	});

	it('holds the four services with a published unit size at that size (domain primer §6)', () => {
		const latest = (id: string) => rowsOf(id).at(-1);
		expect([latest('peel')?.investigators_fte, latest('peel')?.forensic_examiners_fte]).toEqual([8, 2]);
		expect(latest('niagara')?.investigators_fte).toBe(3);
		expect(Number(latest('greater-sudbury')?.investigators_fte) + Number(latest('greater-sudbury')?.forensic_examiners_fte)).toBe(3);
		expect(Number(latest('belleville')?.investigators_fte) + Number(latest('belleville')?.forensic_examiners_fte)).toBe(2);
	});

	it('grows demand unevenly between services, not along one provincial trend', () => {
		const growth = ['toronto', 'peel', 'york', 'ottawa', 'durham', 'waterloo', 'halton', 'hamilton'].map((id) => {
			const rows = rowsOf(id);
			const early = total(rows.slice(0, 4), 'referrals_received');
			const late = total(rows.slice(-4), 'referrals_received');
			return late / early;
		});
		expect(Math.max(...growth) - Math.min(...growth)).toBeGreaterThan(0.3);
	});

	it('keeps forensic queues plausible: none without examiners, under 100 devices per examiner for small units', () => {
		for (const row of data.quarterly) {
			const examiners = Number(row.forensic_examiners_fte);
			if (examiners === 0) expect(row.forensic_backlog_devices).toBe(0);
			else if (examiners <= 1) expect(Number(row.forensic_backlog_devices) / examiners).toBeLessThan(100);
		}
	});

	it('splits exactly $5,000,000.00 a year, in integer cents, among the services with a unit, the OPP once', () => {
		for (let year = 2019; year <= 2025; year++) {
			const rows = data.funding.filter((row) => row.fiscal_year === year);
			expect(rows).toHaveLength(27);
			expect(rows.filter((row) => String(row.police_service_id).startsWith('opp')).map((row) => row.police_service_id)).toEqual(['opp']);
			for (const row of rows) expect(Number.isInteger(row.amount_cents) && Number(row.amount_cents) > 0).toBe(true);
			expect(rows.reduce((sum, row) => sum + Number(row.amount_cents), 0)).toBe(STRATEGY_POT_CENTS);
		}
	});
});
