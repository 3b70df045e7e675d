/** ICE training of investigators and Crowns per police service or Crown office and year (stream_training). */
import { defineKind } from '../kind';
import type { TrainingFigures, TrainingImport } from '../records';
import { num, numOrNull } from '../storage';
import type { StoredFigures } from '../stored';
import { classifyFigures, flaggedStorage, flaggedTable } from './common';

export const training = defineKind<TrainingImport, StoredFigures<TrainingFigures>>()({
	columns: [
		{ name: 'office_kind', french: 'type_bureau', type: 'office_kind', presence: 'key' },
		// A police service's id (known to the atlas) or a Crown office's own id (crown-toronto).
		{ name: 'office_id', french: 'id_bureau', type: 'office_id', presence: 'key' },
		{ name: 'as_of_year', french: 'annee_reference', type: 'year', presence: 'key' },
		{ name: 'office_name', french: 'nom_bureau', type: 'office_name', presence: 'required' },
		{ name: 'office_name_fr', french: 'nom_bureau_fr', type: 'office_name', presence: 'required' },
		{ name: 'staff', french: 'effectif', type: 'count', presence: 'required' },
		{ name: 'trained', french: 'formes', type: 'count', presence: 'required' },
		{ name: 'trained_current', french: 'formation_a_jour', type: 'count', presence: 'required' },
		{ name: 'latest_training_year', french: 'annee_derniere_formation', type: 'year', presence: 'optional' }
	],
	toRecord: ({ office_name, office_name_fr, latest_training_year, ...rest }) => ({
		...rest,
		name: office_name,
		name_fr: office_name_fr,
		latest_training_year: latest_training_year ?? null
	}),
	keyParts: (r) => [r.office_kind, r.office_id, String(r.as_of_year)],
	atMost: [
		['trained', 'staff'],
		['trained_current', 'trained'],
		['latest_training_year', 'as_of_year']
	],
	// A police service's row names a service of the atlas; a Crown office's id is its own.
	outputChecks: (output, context, place) =>
		output.office_kind === 'police_service' && typeof output.office_id === 'string' && !context.serviceIds.has(output.office_id)
			? [{ row: place.row, column: place.label('office_id'), value: output.office_id, code: 'unknown_service' }]
			: [],
	classify: (row, stored) => classifyFigures(row.record, stored),
	storage: flaggedStorage(
		flaggedTable(
			'stream_training',
			{ office_kind: 'text', office_id: 'text', as_of_year: 'integer' },
			{ police_service_id: 'text', name: 'text', name_fr: 'text', staff: 'integer', trained: 'integer', trained_current: 'integer', latest_training_year: 'integer' }
		),
		(r: TrainingImport) => ({ office_kind: r.office_kind, office_id: r.office_id, as_of_year: r.as_of_year }),
		(row) => ({
			name: String(row.name),
			name_fr: String(row.name_fr),
			staff: num(row.staff),
			trained: num(row.trained),
			trained_current: num(row.trained_current),
			latest_training_year: numOrNull(row.latest_training_year)
		}),
		// A police service's row names its service (the table's check constraint); a Crown office's does not.
		(r) => ({ police_service_id: r.office_kind === 'police_service' ? r.office_id : null })
	),
	chiefsMayImport: false,
	plannersOnly: false,
	provenance: { baseline: 'illustrative', table: 'stream_training', imported: { column: 'illustrative', equals: false } }
});
