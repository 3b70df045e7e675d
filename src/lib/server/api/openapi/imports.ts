/**
 * OpenAPI paths for data imports (issue 9), with the data dictionary of every kind generated
 * from the column registry (domain/import/columns.ts), so the description cannot drift from what
 * the validators accept.
 */
import { COLUMNS } from '../../../domain/import/columns';
import { IMPORT_KINDS, type ImportKind } from '../../../domain/import/kinds';
import { ISSUE_CODES } from '../../../domain/import/issues';
import { importsEn } from '../../../i18n/sections/imports';
import type { PathItems } from './document';

const json = (schema: unknown) => ({ 'application/json': { schema } });
const error = (description: string) => ({ description, content: json({ $ref: '#/components/schemas/Error' }) });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function dictionary(kind: ImportKind): string {
	const rows = COLUMNS[kind].map(
		(c) => `| \`${c.name}\` | \`${c.french}\` | ${c.presence} | ${importsEn.columns[c.name as keyof typeof importsEn.columns]} ${importsEn.types[c.type]} |`
	);
	return [`**${kind}** — ${importsEn.kindDescriptions[kind]}`, '', '| column | French | presence | content |', '|---|---|---|---|', ...rows].join('\n');
}

const Issue = {
	type: 'object',
	required: ['row', 'column', 'value', 'code', 'message'],
	properties: {
		row: { type: 'integer', description: 'Row as in the spreadsheet (header = row 1; in a CSV, the line the record starts on); 0 = the whole file' },
		column: { type: 'string', description: 'The header as written in the file (the English name when the column is missing)' },
		value: { type: 'string', description: 'The cell as written, trimmed' },
		code: { type: 'string', enum: [...ISSUE_CODES] },
		message: { type: 'string', description: "The whole sentence, in the request's language: \"row 14, column referrals_received: '12a' is not a whole number\"" }
	}
};

const Report = {
	type: 'object',
	required: ['id', 'status', 'kind', 'file_name', 'format', 'checksum', 'byte_size', 'rows', 'new', 'changed', 'unchanged', 'errors'],
	properties: {
		id: { type: ['integer', 'null'], description: 'The preview (dry run) or the import; null when rejected' },
		status: { type: 'string', enum: ['preview', 'committed', 'rejected', 'held'], description: '`held`: valid, but implausible figures were not confirmed; nothing was written' },
		kind: { type: 'string', enum: [...IMPORT_KINDS] },
		file_name: { type: 'string' },
		format: { type: 'string', enum: ['csv', 'xlsx'] },
		checksum: { type: 'string', description: 'SHA-256 of the file, hex' },
		byte_size: { type: 'integer' },
		rows: { type: 'integer', description: 'Non-blank data rows in the file' },
		new: { type: 'integer' },
		changed: { type: 'integer' },
		unchanged: { type: 'integer' },
		errors: { type: 'array', items: Issue, description: 'Every problem found, not only the first' },
		warnings: {
			type: 'array',
			items: Issue,
			description: 'Implausible figures (more than 3× the median of the unit’s last four quarters, or under a third of it): a commit needs `confirm_warnings=true`'
		},
		notices: { type: 'array', items: Issue, description: 'What the import does beyond the file (capacity carried forward from the latest earlier quarter)' },
		values: {
			type: 'array',
			description: 'Changed values, before → after (at most 500)',
			items: {
				type: 'object',
				properties: { row: { type: 'integer' }, key: { type: 'string' }, column: { type: 'string' }, before: { description: 'null: a new record' }, after: {} }
			}
		},
		values_total: { type: 'integer', description: 'How many values change in all' }
	}
};

const ImportRecord = {
	type: 'object',
	properties: {
		id: { type: 'integer' },
		kind: { type: 'string', enum: [...IMPORT_KINDS] },
		status: { type: 'string', enum: ['committed', 'rolled_back'] },
		file_name: { type: 'string' },
		format: { type: 'string', enum: ['csv', 'xlsx'] },
		checksum: { type: 'string' },
		byte_size: { type: 'integer' },
		rows: { type: 'integer' },
		new: { type: 'integer' },
		changed: { type: 'integer' },
		unchanged: { type: 'integer' },
		imported_by: { type: 'string' },
		imported_at: { type: 'string', format: 'date-time' },
		rolled_back_by: { type: ['string', 'null'] },
		rolled_back_at: { type: ['string', 'null'], format: 'date-time' }
	}
};

const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
const reportAnswers = {
	'200': { description: 'Checked (preview kept) or imported', content: json(Report) },
	'422': { description: 'The file has errors; nothing was written. The body is the report with every error, plus `error`.', content: json(Report) },
	'409': { description: 'Implausible figures not confirmed (`confirm_warnings=true`); nothing was written. The body is the report with its warnings, plus `error`.', content: json(Report) }
};
const confirmParameter = { name: 'confirm_warnings', in: 'query', required: false, schema: { type: 'string', enum: ['true', 'false'], default: 'false' } };

export const importsPaths: PathItems = {
	'/api/imports': {
		get: {
			summary: 'Import history (planners: all; chiefs: their service)',
			responses: { '200': { description: 'Imports, newest first', content: json({ type: 'object', properties: { count: { type: 'integer' }, data: { type: 'array', items: ImportRecord } } }) }, '403': error('Not a planner or chief') }
		},
		post: {
			summary: 'Check a file (dry run, kept as a preview) or import it',
			description: [
				'Send the file as the body (`text/csv`, `' + XLSX + '` or `application/octet-stream`; name it with `?file_name=` or Content-Disposition) or as the field `file` of a `multipart/form-data` form. CSV: UTF-8 with or without BOM, comma or semicolon separated (a semicolon file may use decimal commas), quoted fields, blank lines ignored. XLSX: the first sheet; date cells become the fiscal quarter or year holding them. Headers in English or French. At most 10 MB (413).',
				'Imports are all or nothing, upsert on each kind\'s key (importing the same file twice changes nothing), lose the illustrative flag and can be rolled back. Planners import every kind; chiefs capacity and caseload of their own service.',
				'The strategy streams (issue 10) are kinds too: `prevention` (community × school year), `training` (police service or Crown office × year) and `registry` (program × police service × quarter; aggregates only, never an individual). They are planners\' only: registry compliance is planner-only data. Imported rows replace the illustrative ones and name their import in `source`.',
				'',
				...IMPORT_KINDS.map(dictionary)
			].join('\n\n'),
			parameters: [
				{ name: 'kind', in: 'query', required: true, schema: { type: 'string', enum: [...IMPORT_KINDS] } },
				{ name: 'dry_run', in: 'query', required: false, schema: { type: 'string', enum: ['true', 'false'], default: 'true' } },
				{ name: 'file_name', in: 'query', required: false, schema: { type: 'string', maxLength: 255 } },
				confirmParameter
			],
			requestBody: {
				required: true,
				content: {
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
				'429': error('Other imports are being checked; see the Retry-After header')
			}
		}
	},
	'/api/imports/{id}/commit': {
		post: {
			summary: 'Import a preview (a dry run by the same person, less than a day old); it is checked again first',
			parameters: [idParameter, confirmParameter],
			responses: { ...reportAnswers, '404': error('No such preview of yours'), '429': error('Other imports are being checked; see the Retry-After header') }
		}
	},
	'/api/imports/{id}/rollback': {
		post: {
			summary: 'Restore the values an import replaced (planners: any import; chiefs: their own)',
			parameters: [idParameter],
			responses: {
				'200': { description: 'Rolled back', content: json({ type: 'object', properties: { data: { type: 'object', properties: { id: { type: 'integer' }, status: { const: 'rolled_back' }, restored: { type: 'integer' } } } } }) },
				'403': error('Not your import'),
				'404': error('No such import'),
				'409': error('Already rolled back, or a later import changed the same rows')
			}
		}
	},
	'/api/imports/templates/{kind}.csv': {
		get: {
			summary: 'The CSV template of a kind (English headers, UTF-8 with BOM)',
			parameters: [{ name: 'kind', in: 'path', required: true, schema: { type: 'string', enum: [...IMPORT_KINDS] } }],
			responses: { '200': { description: 'The header row', content: { 'text/csv': { schema: { type: 'string' } } } }, '404': error('Unknown kind') }
		}
	}
};
