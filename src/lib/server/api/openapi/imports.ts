/**
 * Operations of data imports, with the data dictionary of every kind generated from the column registry
 * (domain/import/columns.ts) and the query parameters the endpoints parse with, so the description cannot drift from
 * what the validators accept.
 */
import * as v from 'valibot';
import { COLUMNS } from '$lib/domain/import/columns';
import { ConfirmSchema, DryRunSchema, IMPORT_KINDS, ImportKindSchema, type ImportKind } from '$lib/domain/import/kinds';
import { ISSUE_CODES } from '$lib/domain/import/issues';
import { importsEn } from '$lib/i18n/sections/imports';
import { ApiError, described, integer, nullableTimestamp, timestamp } from '../schemas/shared';
import { FILE_FORMATS, IMPORT_STATUSES, RECORD_STATUSES } from '../schemas/vocabulary';
import type { Operation } from './operation';

const error = (description: string) => ({ description, body: ApiError });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const busy = { ...error('Other imports are being checked; see the Retry-After header'), headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } } };

function dictionary(kind: ImportKind): string {
	const rows = COLUMNS[kind].map(
		(c) => `| \`${c.name}\` | \`${c.french}\` | ${c.presence} | ${importsEn.columns[c.name as keyof typeof importsEn.columns]} ${importsEn.types[c.type]} |`
	);
	return [`**${kind}** — ${importsEn.kindDescriptions[kind]}`, '', '| column | French | presence | content |', '|---|---|---|---|', ...rows].join('\n');
}

const Issue = v.object({
	row: described(integer(), 'Row as in the spreadsheet (header = row 1; in a CSV, the line the record starts on); 0 = the whole file'),
	column: described(v.string(), 'The header as written in the file (the English name when the column is missing)'),
	value: described(v.string(), 'The cell as written, trimmed'),
	code: v.picklist(ISSUE_CODES),
	message: described(v.string(), "The whole sentence, in the request's language: \"row 14, column referrals_received: '12a' is not a whole number\"")
});

const cell = v.union([v.string(), v.number(), v.boolean(), v.null()]);

const reportEntries = {
	id: described(nullableInteger(), 'The preview (dry run) or the import; null when rejected'),
	status: described(v.picklist(IMPORT_STATUSES), '`held`: valid, but implausible figures were not confirmed; nothing was written'),
	kind: v.picklist(IMPORT_KINDS),
	file_name: v.string(),
	format: v.picklist(FILE_FORMATS),
	checksum: described(v.string(), 'SHA-256 of the file, hex'),
	byte_size: integer(),
	rows: described(integer(), 'Non-blank data rows in the file'),
	new: integer(),
	changed: integer(),
	unchanged: integer(),
	errors: described(v.array(Issue), 'Every problem found, not only the first'),
	warnings: described(
		v.array(Issue),
		'Implausible figures (more than 3× the median of the unit’s last four quarters, or under a third of it): a commit needs `confirm_warnings=true`'
	),
	notices: described(v.array(Issue), 'What the import does beyond the file (capacity carried forward from the latest earlier quarter)'),
	values: described(
		v.array(v.object({ row: integer(), key: v.string(), column: v.string(), before: described(cell, 'null: a new record'), after: cell })),
		'Changed values, before → after (at most 500)'
	),
	values_total: described(integer(), 'How many values change in all')
};

function nullableInteger() {
	return v.nullable(integer());
}

export const Report = v.object(reportEntries);
/** A refused report: the report, plus the error saying why nothing was written. */
const RefusedReport = v.object({
	...reportEntries,
	error: v.object({ status: integer(), code: v.picklist(['unprocessable', 'confirmation_required']), message: v.string() })
});

export const ImportRecord = v.object({
	id: integer(),
	kind: v.picklist(IMPORT_KINDS),
	status: v.picklist(RECORD_STATUSES),
	file_name: v.string(),
	format: v.picklist(FILE_FORMATS),
	checksum: v.string(),
	byte_size: integer(),
	rows: integer(),
	new: integer(),
	changed: integer(),
	unchanged: integer(),
	imported_by: v.string(),
	imported_at: v.nullable(timestamp()),
	rolled_back_by: v.nullable(v.string()),
	rolled_back_at: nullableTimestamp()
});

const idParameter = { name: 'id', in: 'path' as const, schema: v.pipe(v.number(), v.integer(), v.minValue(1)) };
const confirmParameter = { name: 'confirm_warnings', in: 'query' as const, schema: ConfirmSchema };
const reportAnswers = {
	'200': { description: 'Checked (preview kept) or imported', body: Report },
	'422': { description: 'The file has errors; nothing was written. The body is the report with every error, plus `error`.', body: RefusedReport },
	'409': { description: 'Implausible figures not confirmed (`confirm_warnings=true`); nothing was written. The body is the report with its warnings, plus `error`.', body: RefusedReport }
};

export const importsOperations: Operation[] = [
	{
		path: '/api/imports',
		method: 'get',
		operationId: 'listImports',
		summary: 'Import history (planners: all; chiefs: their service)',
		access: 'signed-in',
		responses: { '200': { description: 'Imports, newest first', body: v.object({ count: integer(), data: v.array(ImportRecord) }) }, '403': error('Not a planner or chief') }
	},
	{
		path: '/api/imports',
		method: 'post',
		operationId: 'importFile',
		summary: 'Check a file (dry run, kept as a preview) or import it',
		description: [
			'Send the file as the body (`text/csv`, `' + XLSX + '` or `application/octet-stream`; name it with `?file_name=` or Content-Disposition) or as the field `file` of a `multipart/form-data` form. CSV: UTF-8 with or without BOM, comma or semicolon separated (a semicolon file may use decimal commas), quoted fields, blank lines ignored. XLSX: the first sheet; date cells become the fiscal quarter or year holding them. Headers in English or French. At most 10 MB (413).',
			"Imports are all or nothing, upsert on each kind's key (importing the same file twice changes nothing), lose the illustrative flag and can be rolled back. Planners import every kind; chiefs capacity and caseload of their own service.",
			"The strategy streams are kinds too: `prevention` (community × school year), `training` (police service or Crown office × year) and `registry` (program × police service × quarter; aggregates only, never an individual). They are planners' only: registry compliance is planner-only data. Imported rows replace the illustrative ones and name their import in `source`.",
			'',
			...IMPORT_KINDS.map(dictionary)
		].join('\n\n'),
		access: 'signed-in',
		parameters: [
			{ name: 'kind', in: 'query', required: true, schema: ImportKindSchema },
			{ name: 'dry_run', in: 'query', schema: DryRunSchema },
			{ name: 'file_name', in: 'query', schema: v.pipe(v.string(), v.maxLength(255)) },
			confirmParameter
		],
		body: {
			raw: {
				'text/csv': { schema: { type: 'string' } },
				[XLSX]: { schema: { type: 'string', format: 'binary' } },
				'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } }
			}
		},
		responses: {
			...reportAnswers,
			'400': error('A malformed parameter, or no file'),
			'403': error('Your role may not import this kind'),
			'413': error('The file is larger than 10 MB'),
			'415': error('Neither CSV nor XLSX'),
			'429': busy
		}
	},
	{
		path: '/api/imports/{id}/commit',
		method: 'post',
		operationId: 'commitImportPreview',
		summary: 'Import a preview (a dry run by the same person, less than a day old); it is checked again first',
		access: 'signed-in',
		parameters: [idParameter, confirmParameter],
		responses: { ...reportAnswers, '400': error('A malformed id or parameter'), '403': error('Not a planner or chief'), '404': error('No such preview of yours'), '429': busy }
	},
	{
		path: '/api/imports/{id}/rollback',
		method: 'post',
		operationId: 'rollBackImport',
		summary: 'Restore the values an import replaced (planners: any import; chiefs: their own)',
		access: 'signed-in',
		parameters: [idParameter],
		responses: {
			'200': { description: 'Rolled back', body: v.object({ data: v.object({ id: integer(), status: v.literal('rolled_back'), restored: integer() }) }) },
			'400': error('A malformed id'),
			'403': error('Not your import'),
			'404': error('No such import'),
			'409': error('Already rolled back, or a later import changed the same rows')
		}
	},
	{
		path: '/api/imports/templates/{kind}.csv',
		method: 'get',
		operationId: 'getImportTemplate',
		summary: 'The CSV template of a kind (English headers, UTF-8 with BOM)',
		access: 'signed-in',
		parameters: [{ name: 'kind', in: 'path', schema: ImportKindSchema }],
		responses: { '200': { description: 'The header row', raw: { 'text/csv': { schema: { type: 'string' } } } }, '404': error('Unknown kind') }
	}
];
