/** Prevention-stream reads (stream_prevention): one school year's records with their community. */
import type { AtlasDb } from '../db/client';
import { qualify } from '../db/columns';
import { studentReachShare } from '../../domain/streams/prevention';
import { isSchoolYear, type SchoolYear } from '../../domain/streams/school-year';
import type { PreventionRecord } from '../../domain/streams/types';

/** Every field of a PreventionRecord, as its column. */
const RECORD_COLUMNS = [
	'csduid',
	'school_year',
	'grade_7_8_students',
	'classrooms_reached',
	'students_reached',
	'teachers_trained',
	'illustrative'
] as const satisfies readonly (keyof PreventionRecord)[];

export interface PreventionRow extends PreventionRecord {
	name: string;
	name_fr: string;
	police_service_id: string | null;
}

/** School years with prevention records, oldest first. */
export async function schoolYears(db: AtlasDb): Promise<SchoolYear[]> {
	const rows = await db.selectFrom('stream_prevention').select('school_year').distinct().orderBy('school_year').execute();
	return rows.map((row) => row.school_year).filter(isSchoolYear);
}

export async function list(db: AtlasDb, options: { schoolYear: SchoolYear }): Promise<PreventionRow[]> {
	const rows = await db
		.selectFrom('stream_prevention as p')
		.innerJoin('community as c', 'c.csduid', 'p.csduid')
		.leftJoin('jurisdiction as j', 'j.csduid', 'p.csduid')
		.select([...qualify('p', RECORD_COLUMNS), 'c.name', 'c.name_fr', 'j.police_service_id'])
		.where('p.school_year', '=', options.schoolYear)
		.orderBy('p.csduid')
		.execute();
	return rows.map((row) => ({ ...row, school_year: options.schoolYear }));
}

/**
 * The share of Grade 7–8 students reached per community in the latest school year with records
 * (the atlas map's prevention metric, issue 10); empty when the stream holds no rows.
 */
export async function latestReach(db: AtlasDb): Promise<Map<string, number | null>> {
	const rows = await db
		.selectFrom('stream_prevention')
		.select(['csduid', 'students_reached', 'grade_7_8_students'])
		.where('school_year', '=', (eb) => eb.selectFrom('stream_prevention').select((s) => s.fn.max('school_year').as('latest')))
		.execute();
	return new Map(rows.map((row) => [row.csduid, studentReachShare(row)]));
}
