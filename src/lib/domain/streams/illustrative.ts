/**
 * ILLUSTRATIVE strategy-stream figures (issue 10): no public source gives CYBERCOPS reach, ICE training
 * or registry verification per community or service, so the demo runs on figures generated here from a
 * fixed seed. Same inputs, same output: the seed step (server/seed/streams.ts) can run any number of
 * times. Every row is flagged illustrative; data/README.md ("Strategy streams") states the assumptions.
 *
 * Inputs are sorted here, so the database's row order cannot change the output.
 */
import { periodRange, type PeriodKey } from '../period';
import { estimateGradeSevenEightStudents } from './prevention';
import { schoolYear } from './school-year';
import { isCurrentTraining } from './training';
import type { PreventionRecord, RegistryProgram, RegistryQuarter, TrainingRecord } from './types';

export const STREAMS_SEED = 20040601; // June 2004: the strategy's first announcements (domain.md §1).
export const ILLUSTRATIVE_SCHOOL_YEARS = [2022, 2023, 2024].map(schoolYear);
export const ILLUSTRATIVE_TRAINING_YEARS = [2024, 2025] as const;
/** Ontario classes in Grades 7–8 average about 24–25 students (policy cap: board average ≤ 24.5). */
const CLASS_SIZE = 24;

/**
 * The Toronto pilot's shape (domain.md §1, arm 5): two years, about 1,000 registrants, $700,000. The
 * quarters are placed at the end of the atlas's illustrative ICE data so both can be read together.
 */
export const TORONTO_PILOT: RegistryProgram = {
	id: 'toronto-address-verification',
	name: 'Toronto address-verification pilot (shape of the 2004–05 pilot)',
	name_fr: 'Projet pilote de vérification des adresses de Toronto (modelé sur le projet de 2004-2005)',
	police_service_id: 'toronto',
	first_period: '2023-Q3',
	last_period: '2025-Q2',
	budget_cents: 700_000_00,
	target_registrants: 1000,
	illustrative: true
};

/** Ontario Court of Justice regions, one Crown office each (names as the Ministry of the Attorney General uses). */
const CROWN_OFFICES: readonly [id: string, en: string, fr: string][] = [
	['crown-toronto', 'Crown Attorneys, Toronto Region', 'Procureurs de la Couronne, région de Toronto'],
	['crown-central-east', 'Crown Attorneys, Central East Region', 'Procureurs de la Couronne, région du Centre-Est'],
	['crown-central-west', 'Crown Attorneys, Central West Region', 'Procureurs de la Couronne, région du Centre-Ouest'],
	['crown-east', 'Crown Attorneys, East Region', 'Procureurs de la Couronne, région de l’Est'],
	['crown-northeast', 'Crown Attorneys, Northeast Region', 'Procureurs de la Couronne, région du Nord-Est'],
	['crown-northwest', 'Crown Attorneys, Northwest Region', 'Procureurs de la Couronne, région du Nord-Ouest'],
	['crown-west', 'Crown Attorneys, West Region', 'Procureurs de la Couronne, région de l’Ouest']
];

export interface IllustrativeCommunity {
	csduid: string;
	children: number | null;
}

export interface IllustrativeService {
	id: string;
	name: string;
	name_fr: string;
	/** ICE investigators (headcount) in the latest quarter; services without any get no training row. */
	ice_investigators: number;
}

export interface IllustrativeStreams {
	prevention: PreventionRecord[];
	training: TrainingRecord[];
	programs: RegistryProgram[];
	registry: RegistryQuarter[];
}

/** mulberry32 (Tommy Ettinger, public domain), as in scripts/lib/prng.ts: uniform in [0, 1). */
function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const byId = <T>(key: (item: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

export function illustrativeStreams(communities: readonly IllustrativeCommunity[], services: readonly IllustrativeService[]): IllustrativeStreams {
	const random = mulberry32(STREAMS_SEED);
	const prevention = illustrativePrevention([...communities].sort(byId((c) => c.csduid)), random);
	const training = illustrativeTraining([...services].sort(byId((s) => s.id)), random);
	return { prevention, training, programs: [TORONTO_PILOT], registry: illustrativePilotQuarters(TORONTO_PILOT, random) };
}

/** About two communities in three take part; those that do reach a growing share of their classrooms. */
function illustrativePrevention(communities: readonly IllustrativeCommunity[], random: () => number): PreventionRecord[] {
	return communities.flatMap((community) => {
		const students = estimateGradeSevenEightStudents(community.children);
		if (students === null || students === 0) return [];
		const takesPart = random() < 0.65;
		const baseReach = 0.15 + random() * 0.5;
		return ILLUSTRATIVE_SCHOOL_YEARS.map((year, index) => {
			const classrooms = Math.ceil(students / CLASS_SIZE);
			const reach = takesPart ? Math.min(1, baseReach + index * 0.08 + (random() - 0.5) * 0.1) : 0;
			const reached = Math.max(0, Math.round(classrooms * reach));
			return {
				csduid: community.csduid,
				school_year: year,
				grade_7_8_students: students,
				classrooms_reached: reached,
				students_reached: Math.min(students, reached * CLASS_SIZE),
				teachers_trained: reached === 0 ? 0 : Math.max(1, Math.round(reached * (0.8 + random() * 0.4))),
				illustrative: true
			};
		});
	});
}

function illustrativeTraining(services: readonly IllustrativeService[], random: () => number): TrainingRecord[] {
	const offices = [
		...services
			.filter((service) => service.ice_investigators > 0)
			.map((s) => ({ kind: 'police_service' as const, id: s.id, name: s.name, name_fr: s.name_fr, staff: s.ice_investigators })),
		...CROWN_OFFICES.map(([id, name, name_fr]) => ({ kind: 'crown_office' as const, id, name, name_fr, staff: 0 }))
	];
	return offices.flatMap((office) => {
		const staff = office.kind === 'crown_office' ? 2 + Math.floor(random() * 9) : office.staff;
		return ILLUSTRATIVE_TRAINING_YEARS.map((asOfYear) => {
			// Each person's latest course: 0–5 years back, or never (about one in ten).
			const years = Array.from({ length: staff }, () => (random() < 0.1 ? null : asOfYear - Math.floor(random() * 6)));
			const trainedYears = years.filter((year): year is number => year !== null);
			return {
				office_kind: office.kind,
				office_id: office.id,
				police_service_id: office.kind === 'police_service' ? office.id : null,
				name: office.name,
				name_fr: office.name_fr,
				as_of_year: asOfYear,
				staff,
				trained: trainedYears.length,
				trained_current: trainedYears.filter((year) => isCurrentTraining(year, asOfYear)).length,
				latest_training_year: trainedYears.length > 0 ? Math.max(...trainedYears) : null,
				illustrative: true
			};
		});
	});
}

/** About 1,000 registrants; verification ramps up over the first year; non-compliance falls as it does. */
function illustrativePilotQuarters(program: RegistryProgram, random: () => number): RegistryQuarter[] {
	const periods: PeriodKey[] = periodRange(program.first_period, program.last_period);
	let registrants = program.target_registrants - 20;
	return periods.map((period, index) => {
		registrants += Math.round((random() - 0.4) * 20);
		const verified = Math.min(1, 0.35 + index * 0.1 + random() * 0.05);
		const nonCompliant = Math.max(0, 0.06 - index * 0.006 + (random() - 0.5) * 0.01);
		return {
			program_id: program.id,
			police_service_id: program.police_service_id,
			period,
			registrants,
			verifications_done: Math.round(registrants * verified),
			non_compliant_located: Math.round(registrants * nonCompliant),
			illustrative: true
		};
	});
}
