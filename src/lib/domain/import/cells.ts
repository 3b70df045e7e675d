/**
 * One valibot schema per cell type (columns.ts). Every cell arrives as trimmed, non-empty text
 * (readers turn spreadsheet numbers and dates into text first, values.ts), and each schema's
 * messages are issue codes (issues.ts) so the failure can be named in English or French.
 * `abortPipeEarly` is used: one reason per cell, the first that applies.
 */
import { textProblem } from '../text';
import * as v from 'valibot';
import type { PeriodKey } from '../period';
import type { CellType } from './kind';
import type { ValidationContext } from './context';
import type { IssueCode } from './issues';
import { canonicalDollars, canonicalNumber, decimalPlaces, DECIMAL_SYNTAX, dollarsToCents, WHOLE_SYNTAX, type NumberStyle } from './numbers';
import { parseFiscalYearInput, parsePeriodInput } from './period-input';
import { schoolYear, type SchoolYear } from '../streams/school-year';
import { MEMBER_ROLE_WORDS, OPP_REGION_WORDS, CONFIDENCE_WORDS, BOOLEAN_WORDS, OFFICE_KIND_WORDS, wordKey } from './vocabulary';

/** Upper bounds that catch typing slips (an extra digit) without second-guessing real figures. */
export const LIMITS = {
	/** A quarter's ICE FTEs in one service; numeric(7, 1) in the database. */
	fte: { max: 1_000, decimals: 1 },
	/** Quarterly counts per service: Ontario opened 8,638 ICE investigations in all of 2023 (domain.md §1). */
	count: { max: 1_000_000, decimals: 0 },
	/** Children 0–17 in one census subdivision (Toronto, the largest, has about 0.5 million). */
	children: { max: 5_000_000, decimals: 0 },
	/** Funding received by one service in one fiscal year, in dollars. */
	amount_dollars: { max: 1_000_000_000, decimals: 2 },
	/** Share of a full-time member available in a quarter. */
	availability: { max: 1, decimals: 2 },
	note: { max: 500 },
	person_name: { max: 100 },
	office_name: { max: 200 }
} as const;

const text = v.string('required');
/** Names and notes: no NUL and no unpaired surrogate (domain/text.ts), which the database cannot store. */
const freeText = v.pipe(text, v.check((value) => textProblem(value) === null, 'bad_text'));

function decimal(style: NumberStyle, limit: { max: number; decimals: number }) {
	return v.pipe(
		text,
		v.transform((cell) => canonicalNumber(cell, style)),
		v.regex(limit.decimals === 0 ? WHOLE_SYNTAX : DECIMAL_SYNTAX, limit.decimals === 0 ? 'not_whole_number' : 'not_number'),
		v.check((canonical) => decimalPlaces(canonical) <= limit.decimals, 'too_many_decimals'),
		v.transform(Number),
		v.minValue(0, 'negative'),
		v.maxValue(limit.max, 'too_large')
	);
}

function dollars(style: NumberStyle) {
	return v.pipe(
		text,
		v.rawTransform(({ dataset, addIssue, NEVER }) => {
			const canonical = canonicalDollars(dataset.value, style);
			if (canonical === null) {
				addIssue({ message: 'not_amount' });
				return NEVER;
			}
			return canonical;
		}),
		v.check((canonical) => decimalPlaces(canonical) <= LIMITS.amount_dollars.decimals, 'too_many_decimals'),
		v.check((canonical) => !canonical.startsWith('-'), 'negative'),
		v.transform(dollarsToCents),
		v.maxValue(LIMITS.amount_dollars.max * 100, 'too_large')
	);
}

function vocabulary<T extends string>(words: Readonly<Record<string, T>>) {
	return v.pipe(
		text,
		v.transform(wordKey),
		v.check((key) => key in words, 'not_one_of'),
		v.transform((key) => words[key] as T)
	);
}

/** Text read by `parse` (null: unreadable, reported as `message`), then checked by `inRange`. */
function parsed<T>(parse: (text: string) => T | null, message: IssueCode, inRange: (value: T) => boolean, outOfRange: IssueCode) {
	return v.pipe(
		text,
		v.rawTransform<string, T>(({ dataset, addIssue, NEVER }) => {
			const value = parse(dataset.value);
			if (value === null) {
				addIssue({ message });
				return NEVER;
			}
			return value;
		}),
		v.check(inRange, outOfRange)
	);
}

const period = (context: ValidationContext) =>
	parsed<PeriodKey>(parsePeriodInput, 'not_period', (key) => key >= context.firstPeriod && key <= context.lastPeriod, 'period_out_of_range');

const fiscalYear = (context: ValidationContext) =>
	parsed(parseFiscalYearInput, 'not_fiscal_year', (year) => year >= context.firstFiscalYear && year <= context.lastFiscalYear, 'fiscal_year_out_of_range');

/** 2024-25, 2024-2025, 2024/25 or the start year alone: the Ontario school year starting in September. */
const SCHOOL_YEAR_INPUT = /^(\d{4})(?:\s*[-/–]\s*(\d{2}|\d{4}))?$/;

export function parseSchoolYearInput(text: string): SchoolYear | null {
	const match = SCHOOL_YEAR_INPUT.exec(text.trim());
	if (!match) return null;
	const start = Number(match[1]);
	const end = match[2];
	if (end !== undefined && Number(end) !== (end.length === 2 ? (start + 1) % 100 : start + 1)) return null;
	return schoolYear(start);
}

/** School years start in September: accepted from the strategy's first year to the current fiscal year's. */
const schoolYearCell = (context: ValidationContext) =>
	parsed(
		parseSchoolYearInput,
		'not_school_year',
		(year) => Number(year.slice(0, 4)) >= context.firstFiscalYear && Number(year.slice(0, 4)) <= context.lastFiscalYear,
		'school_year_out_of_range'
	);

/** A calendar year; January to March of the next calendar year still fall in the last fiscal year. */
function calendarYear(context: ValidationContext) {
	return v.pipe(
		text,
		v.regex(/^\d{4}$/, 'not_year'),
		v.transform(Number),
		v.check((year) => year >= context.firstFiscalYear && year <= context.lastFiscalYear + 1, 'year_out_of_range')
	);
}

/** The schemas of every cell type for one file (its number style) and one context. */
export function cellSchemas(context: ValidationContext, style: NumberStyle) {
	return {
		service_id: v.pipe(text, v.toLowerCase(), v.check((id) => context.serviceIds.has(id), 'unknown_service')),
		csduid: v.pipe(text, v.regex(/^35\d{5}$/, 'not_csduid'), v.check((id) => context.csduids.has(id), 'unknown_csduid')),
		period: period(context),
		fiscal_year: fiscalYear(context),
		fte: decimal(style, LIMITS.fte),
		count: decimal(style, LIMITS.count),
		children: decimal(style, LIMITS.children),
		availability: decimal(style, LIMITS.availability),
		amount_dollars: dollars(style),
		confidence: vocabulary(CONFIDENCE_WORDS),
		note: v.pipe(freeText, v.maxLength(LIMITS.note.max, 'too_long')),
		member_id: v.pipe(text, v.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/, 'not_member_id'), v.toUpperCase()),
		person_name: v.pipe(freeText, v.maxLength(LIMITS.person_name.max, 'too_long')),
		member_role: vocabulary(MEMBER_ROLE_WORDS),
		opp_region: vocabulary(OPP_REGION_WORDS),
		// `opp-<cduid>`: the OPP area of a census division (domain.md §4), never a police service.
		opp_area_id: v.pipe(text, v.toLowerCase(), v.regex(/^opp-35\d{2}$/, 'not_opp_area_id')),
		boolean: v.pipe(vocabulary(BOOLEAN_WORDS), v.transform((word) => word === 'true')),
		school_year: schoolYearCell(context),
		year: calendarYear(context),
		office_kind: vocabulary(OFFICE_KIND_WORDS),
		// Checked against the police services when the row's office_kind says police_service (row-checks.ts).
		office_id: v.pipe(text, v.toLowerCase(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'not_office_id')),
		office_name: v.pipe(freeText, v.maxLength(LIMITS.office_name.max, 'too_long')),
		program_id: v.pipe(text, v.toLowerCase(), v.check((id) => context.registryProgramIds.has(id), 'unknown_program'))
	} satisfies Record<CellType, v.GenericSchema<string, unknown>>;
}
export type CellSchemas = ReturnType<typeof cellSchemas>;
