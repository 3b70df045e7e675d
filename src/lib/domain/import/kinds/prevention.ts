/** CYBERCOPS lessons for Grades 7–8 per community and school year (stream_prevention). */
import { defineKind } from '../kind';
import type { PreventionFigures, PreventionImport } from '../records';
import { num } from '../storage';
import type { StoredFigures } from '../stored';
import { classifyFigures, CSDUID, flaggedStorage, flaggedTable } from './common';

export const prevention = defineKind<PreventionImport, StoredFigures<PreventionFigures>>()({
	columns: [
		CSDUID,
		{ name: 'school_year', french: 'annee_scolaire', type: 'school_year', presence: 'key' },
		{ name: 'grade_7_8_students', french: 'eleves_7e_8e_annee', type: 'count', presence: 'required' },
		{ name: 'classrooms_reached', french: 'classes_rejointes', type: 'count', presence: 'required' },
		{ name: 'students_reached', french: 'eleves_rejoints', type: 'count', presence: 'required' },
		{ name: 'teachers_trained', french: 'enseignants_formes', type: 'count', presence: 'required' }
	],
	toRecord: (row) => ({ ...row }),
	keyParts: (r) => [r.csduid, r.school_year],
	atMost: [['students_reached', 'grade_7_8_students']],
	classify: (row, stored) => classifyFigures(row.record, stored),
	storage: flaggedStorage(
		flaggedTable(
			'stream_prevention',
			{ csduid: 'text', school_year: 'text' },
			{ grade_7_8_students: 'integer', classrooms_reached: 'integer', students_reached: 'integer', teachers_trained: 'integer' }
		),
		(r: PreventionImport) => ({ csduid: r.csduid, school_year: r.school_year }),
		(row) => ({
			grade_7_8_students: num(row.grade_7_8_students),
			classrooms_reached: num(row.classrooms_reached),
			students_reached: num(row.students_reached),
			teachers_trained: num(row.teachers_trained)
		})
	),
	chiefsMayImport: false,
	plannersOnly: false,
	provenance: { baseline: 'illustrative', table: 'stream_prevention', imported: { column: 'illustrative', equals: false } }
});
