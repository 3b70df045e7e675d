/**
 * Checking a file without writing anything: read and validate it (read-file.ts), then compare
 * its valid rows with what is stored (plan.ts, domain diff). Used for previews, and again inside
 * the commit's transaction, where the stored rows are read under the import lock.
 */
import { diffRows, type DiffResult } from '../../domain/import/diff';
import type { ImportIssue } from '../../domain/import/issues';
import { isQuarterKind, type ImportKind, type QuarterKind } from '../../domain/import/kinds';
import { carryCapacityForward, jumpWarnings, type HistoryQuarter, type QuarterHistory } from '../../domain/import/plausibility';
import { recordKey, type FileRow } from '../../domain/import/records';
import type { PeriodKey } from '../../domain/period';
import type { ImportActor } from '../../domain/import/permissions';
import type { ValidationResult } from '../../domain/import/validate';
import type { AtlasDb } from '../db/client';
import { belowCommittedIssues } from '../../domain/import/roster-consistency';
import { sortIssues } from '../../domain/import/issues';
import { loadStored, storedRows, type StoredState } from './plan';
import { committedFte } from './roster-commitments';
import { readFile } from './read-file';
import type { FileFacts } from './report';
import { loadValidationContext } from './validation-context';

export interface CheckRequest<K extends ImportKind> {
	kind: K;
	fileName: string;
	actor: ImportActor;
	now: Date;
	/** Keep the file's bytes (a preview stores them until it is committed). */
	keepContent: boolean;
}

export interface CheckedFile<K extends ImportKind> {
	facts: FileFacts;
	content: Buffer | null;
	validation: ValidationResult<K>;
}

export async function checkFile<K extends ImportKind>(db: AtlasDb, body: AsyncIterable<Uint8Array>, request: CheckRequest<K>): Promise<CheckedFile<K>> {
	const context = await loadValidationContext(db, request.actor, request.now);
	const read = await readFile(body, request.kind, context, { keepContent: request.keepContent });
	return {
		facts: {
			kind: request.kind,
			fileName: request.fileName,
			format: read.format,
			checksum: read.checksum,
			byteSize: read.byteSize,
			rowCount: read.validation.rowCount
		},
		content: read.content,
		validation: read.validation
	};
}

export interface StoredComparison<K extends ImportKind> {
	diff: DiffResult<K>;
	state: StoredState;
	/** Implausible figures: held until the importer confirms them. */
	warnings: ImportIssue[];
	/** What the import will do beyond the file's figures (capacity carried forward). */
	notices: ImportIssue[];
}

export async function diffWithStored<K extends ImportKind>(db: AtlasDb, checked: CheckedFile<K>): Promise<StoredComparison<K>> {
	const { kind, labels } = checked.validation;
	let { rows } = checked.validation;
	const label = (column: string) => labels.get(column) ?? column;
	const state = await loadStored(db, kind, rows);
	let warnings: ImportIssue[] = [];
	let notices: ImportIssue[] = [];
	if (isQuarterKind(kind)) {
		const quarterRows = rows as FileRow<QuarterKind>[];
		const history = await loadHistory(db, quarterRows);
		const stored = storedRows(kind, quarterRows, state);
		const carried = carryCapacityForward(quarterRows, history, (record) => stored.has(recordKey(kind, record)), label);
		rows = carried.rows as FileRow<K>[];
		notices = carried.notices;
		warnings = jumpWarnings(
			carried.rows.map((row) => ({ row, stored: stored.get(recordKey(kind, row.record)) })),
			history,
			label
		);
	}
	const diff = diffRows(kind, rows, storedRows(kind, rows, state), label);
	const validation: ValidationResult<ImportKind> = checked.validation;
	if (isRoster(validation)) {
		const roster = validation.rows;
		const held = await committedFte(db, roster.map((row) => row.record));
		diff.issues = sortIssues([...diff.issues, ...belowCommittedIssues(roster, held, label)]);
	}
	return { diff, state, warnings, notices };
}

/** Every stored quarter of the units a quarter file names, in period order (the units' history is small: a row per quarter). */
async function loadHistory(db: AtlasDb, rows: readonly FileRow<QuarterKind>[]): Promise<QuarterHistory> {
	const units = [...new Set(rows.map((row) => row.record.police_service_id))];
	const history = new Map<string, HistoryQuarter[]>();
	if (units.length === 0) return history;
	const stored = await db.selectFrom('ice_quarter').selectAll().where('police_service_id', 'in', units).orderBy('police_service_id').orderBy('period').execute();
	for (const row of stored) {
		const list = history.get(row.police_service_id) ?? [];
		list.push({
			period: row.period as PeriodKey,
			capacity: { investigators_fte: row.investigators_fte, forensic_examiners_fte: row.forensic_examiners_fte, forensic_backlog_devices: row.forensic_backlog_devices },
			caseload: {
				referrals_received: row.referrals_received,
				investigations_opened: row.investigations_opened,
				investigations_concluded: row.investigations_concluded,
				charges_laid: row.charges_laid,
				victims_identified: row.victims_identified,
				open_backlog: row.open_backlog,
				files_referred_project_p: row.files_referred_project_p
			},
			capacityImportId: row.capacity_import_id
		});
		history.set(row.police_service_id, list);
	}
	return history;
}

function isRoster(validation: ValidationResult<ImportKind>): validation is ValidationResult<'roster'> {
	return validation.kind === 'roster';
}
