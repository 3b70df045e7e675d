/**
 * Offender-registry address verification per program, police service and quarter
 * (stream_registry_quarter): aggregates only, never an individual; planner-only data.
 */
import { defineKind } from '../kind';
import type { RegistryFigures, RegistryImport } from '../records';
import { num } from '../storage';
import type { StoredFigures } from '../stored';
import { classifyFigures, flaggedStorage, flaggedTable, PERIOD, SERVICE } from './common';

export const registry = defineKind<RegistryImport, StoredFigures<RegistryFigures>>()({
	columns: [
		{ name: 'program_id', french: 'id_programme', type: 'program_id', presence: 'key' },
		SERVICE,
		PERIOD,
		{ name: 'registrants', french: 'personnes_inscrites', type: 'count', presence: 'required' },
		{ name: 'verifications_done', french: 'verifications_faites', type: 'count', presence: 'required' },
		{ name: 'non_compliant_located', french: 'non_conformes_retrouves', type: 'count', presence: 'required' }
	],
	toRecord: (row) => ({ ...row }),
	keyParts: (r) => [r.program_id, r.police_service_id, r.period],
	atMost: [['verifications_done', 'registrants']],
	classify: (row, stored) => classifyFigures(row.record, stored),
	storage: flaggedStorage(
		flaggedTable(
			'stream_registry_quarter',
			{ program_id: 'text', police_service_id: 'text', period: 'text' },
			{ registrants: 'integer', verifications_done: 'integer', non_compliant_located: 'integer' }
		),
		(r: RegistryImport) => ({ program_id: r.program_id, police_service_id: r.police_service_id, period: r.period }),
		(row) => ({ registrants: num(row.registrants), verifications_done: num(row.verifications_done), non_compliant_located: num(row.non_compliant_located) })
	),
	chiefsMayImport: false,
	// Registry figures are planner-only data, even as counts.
	plannersOnly: true,
	provenance: { baseline: 'illustrative', table: 'stream_registry_quarter', imported: { column: 'illustrative', equals: false } }
});
