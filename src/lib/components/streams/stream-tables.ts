/**
 * The streams' tables as data: the same table (DataTable through StreamTable.svelte) with other columns, a test
 * id and a row identity per stream. Prevention's figures serve both the per-community table and the province
 * totals, so a column added to one reaches the other.
 */
import type { DataColumn } from '$lib/components/ui/data-table';
import { localName, serviceName } from '$lib/domain/names';
import type { PreventionView, PreventionViewRow, RegistryViewRow, TrainingViewRow } from '$lib/domain/streams/views';
import { formatCount, formatDisclosed, formatNumber, formatPercent, formatPeriod } from '$lib/format';
import type { Locale } from '$lib/i18n/locale';
import type { Messages } from '$lib/i18n/messages';

/** What a table's columns are written from: the reader's language and its dictionary (the streams' words, metric and level names). */
export interface StreamText {
	locale: Locale;
	text: Messages;
}

export interface StreamTableSpec<Row> {
	testid: string;
	key: (row: Row) => string;
	/** data-* hooks on each row for tests and scripts. */
	rowAttributes: (row: Row) => Record<string, string>;
	columns: (text: StreamText) => DataColumn<Row>[];
}

/** A school year's prevention figures, for one community or pooled over the province. */
export function preventionFigures({ locale, text: { streams: t, metrics } }: StreamText): DataColumn<PreventionView['totals']>[] {
	return [
		{ header: t.prevention.students, numeric: true, cell: (row) => formatCount(row.grade_7_8_students, locale) },
		{ header: t.prevention.classrooms, numeric: true, cell: (row) => formatCount(row.classrooms_reached, locale) },
		{ header: t.prevention.reached, numeric: true, cell: (row) => formatCount(row.students_reached, locale) },
		{ header: metrics.prevention_reach_share.shortLabel, numeric: true, cell: (row) => formatPercent(row.reach_share, locale) },
		{ header: t.prevention.teachers, numeric: true, cell: (row) => formatCount(row.teachers_trained, locale) },
		{ header: metrics.teachers_trained_per_1k_students.shortLabel, numeric: true, cell: (row) => formatNumber(row.teachers_per_1k_students, locale, 1) }
	];
}

/** Prevention reach per community in one school year, with the "no prevention reach where a gap exists" flag. */
export const preventionTable: StreamTableSpec<PreventionViewRow> = {
	testid: 'prevention-table',
	key: (row) => row.csduid,
	rowAttributes: (row) => ({ 'data-csduid': row.csduid }),
	columns: (words) => {
		const { locale, text } = words;
		const t = text.streams;
		return [
			{ header: t.prevention.community, cell: (row) => localName(row.name, row.name_fr, locale), href: (row) => `/communities/${row.csduid}` },
			...preventionFigures(words),
			{ header: t.prevention.level, cell: (row) => (row.level ? text.vocabulary.levels[row.level] : '—') },
			{ header: t.flag, cell: (row) => (row.no_prevention_reach ? t.rules.no_prevention_reach : '') }
		];
	}
};

/** ICE training per police service and Crown office, with the "investigators without current training" flag. */
export const trainingTable: StreamTableSpec<TrainingViewRow> = {
	testid: 'training-table',
	key: (row) => `${row.office_kind}:${row.office_id}`,
	rowAttributes: (row) => ({ 'data-office': row.office_id }),
	columns: ({ locale, text: { streams: t, metrics } }) => [
		{ header: t.training.office, cell: (row) => serviceName(row.name, row.name_fr, locale) },
		{ header: t.training.kind, cell: (row) => t.training.kinds[row.office_kind] },
		{ header: t.training.staff, numeric: true, cell: (row) => formatCount(row.staff, locale) },
		{ header: t.training.trained, numeric: true, cell: (row) => formatCount(row.trained, locale) },
		{ header: t.training.current, numeric: true, cell: (row) => formatCount(row.trained_current, locale) },
		{ header: metrics.current_training_share.shortLabel, numeric: true, cell: (row) => formatPercent(row.current_training_share, locale) },
		// A calendar year is a label, not a quantity: no thousands separator.
		{ header: t.training.latest, numeric: true, cell: (row) => String(row.latest_training_year ?? '—') },
		{ header: t.flag, cell: (row) => (row.untrained_ice_investigators ? t.rules.untrained_ice_investigators : '') }
	]
};

/** Registry compliance per police service in one quarter: aggregates only, counts under disclosure control. */
export const registryTable: StreamTableSpec<RegistryViewRow> = {
	testid: 'registry-table',
	key: (row) => `${row.program_id}:${row.police_service_id}:${row.period}`,
	rowAttributes: (row) => ({ 'data-service': row.police_service_id }),
	columns: ({ locale, text: { streams: t, metrics } }) => [
		{ header: t.registry.service, cell: (row) => serviceName(row.service_name, row.service_name_fr, locale) },
		{ header: t.registry.quarter, cell: (row) => formatPeriod(row.period, locale) },
		{ header: t.registry.registrants, numeric: true, cell: (row) => formatDisclosed(row.registrants, 'count', locale) },
		{ header: t.registry.verified, numeric: true, cell: (row) => formatDisclosed(row.verifications_done, 'count', locale) },
		{ header: metrics.registry_verification_rate.shortLabel, numeric: true, cell: (row) => formatDisclosed(row.verification_rate, 'share', locale) },
		{ header: t.registry.nonCompliant, numeric: true, cell: (row) => formatDisclosed(row.non_compliant_located, 'count', locale) }
	]
};
