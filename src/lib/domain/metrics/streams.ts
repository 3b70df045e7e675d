/**
 * Metrics of the strategy's other arms (domain.md §1): prevention in schools, task-force training,
 * offender-registry compliance. Same entry shape as the coverage metrics; each is computed from one
 * record of its stream (domain/streams/), on its own school years and years, not by the coverage engine.
 */
import { per } from './per';
import type { StreamMetricEntry } from './types';
import type { PreventionRecord, RegistryQuarter, TrainingRecord } from '../streams/types';

/** Capped at 1, a share of a whole: the Grade 7–8 count may be an estimate (children × 2/18) below those reached. */
const capAtOne = (share: number | null): number | null => (share === null ? null : Math.min(1, share));

export const streamMetrics = {
	prevention_reach_share: {
		id: 'prevention_reach_share',
		label: { en: 'Share of Grade 7–8 students reached by prevention lessons', fr: 'Part des élèves de 7e et 8e année joints par les leçons de prévention' },
		short_label: { en: 'Grade 7–8 reached', fr: 'Élèves de 7e-8e joints' },
		unit: 'share',
		direction: 'higher_is_better',
		definition: {
			en: 'Students in Grades 7 and 8 who took the internet-safety prevention lessons (CYBERCOPS) in the school year, divided by the community’s Grade 7–8 students (estimated as children aged 0 to 17 × 2/18 until enrolment is imported).',
			fr: 'Élèves de 7e et 8e année ayant suivi les leçons de prévention sur la sécurité en ligne (CYBERCOPS) au cours de l’année scolaire, divisés par le nombre d’élèves de 7e et 8e année de la collectivité (estimé à partir des enfants de 0 à 17 ans × 2/18 jusqu’à l’importation des effectifs).'
		},
		formula: 'students_reached / grade_7_8_students',
		inputs: ['students_reached', 'grade_7_8_students'],
		scope: 'community',
		disclosure: 'none',
		illustrative_inputs: true,
		discloses: [],
		compute: (record: Pick<PreventionRecord, 'students_reached' | 'grade_7_8_students'>) => capAtOne(per(record.students_reached, record.grade_7_8_students)),
		appears: { map: 12, trend: false, compare: false }
	},
	teachers_trained_per_1k_students: {
		id: 'teachers_trained_per_1k_students',
		label: { en: 'Teachers trained per 1,000 Grade 7–8 students', fr: 'Enseignants formés pour 1 000 élèves de 7e et 8e année' },
		short_label: { en: 'Teachers / 1,000 students', fr: 'Enseignants / 1 000 élèves' },
		unit: 'ratio',
		direction: 'higher_is_better',
		definition: {
			en: 'Teachers trained to give the prevention lessons in the school year, per 1,000 Grade 7–8 students in the community.',
			fr: 'Enseignants formés pour donner les leçons de prévention au cours de l’année scolaire, pour 1 000 élèves de 7e et 8e année de la collectivité.'
		},
		formula: 'teachers_trained / grade_7_8_students × 1000',
		inputs: ['teachers_trained', 'grade_7_8_students'],
		scope: 'community',
		disclosure: 'none',
		illustrative_inputs: true,
		discloses: [],
		compute: (record: Pick<PreventionRecord, 'teachers_trained' | 'grade_7_8_students'>) => per(record.teachers_trained, record.grade_7_8_students, 1000),
		appears: { trend: false, compare: false }
	},
	current_training_share: {
		id: 'current_training_share',
		label: { en: 'ICE investigators with current training', fr: 'Enquêteurs EEI dont la formation est à jour' },
		short_label: { en: 'Current training', fr: 'Formation à jour' },
		unit: 'share',
		direction: 'higher_is_better',
		definition: {
			en: 'Investigators (or, for a Crown office, Crowns) assigned to internet child exploitation files whose most recent ICE training was in the reference year or the two years before it, divided by all of them.',
			fr: 'Enquêteurs (ou, pour un bureau de la Couronne, procureurs) affectés aux dossiers d’exploitation des enfants sur Internet dont la dernière formation EEI date de l’année de référence ou des deux années précédentes, divisés par leur nombre total.'
		},
		formula: 'trained_current / ice_staff',
		inputs: ['trained_current', 'ice_staff'],
		scope: 'service',
		disclosure: 'none',
		illustrative_inputs: true,
		thresholds: [{ value: 1, label: { en: 'everyone’s training current', fr: 'formation de tous à jour' } }],
		discloses: [],
		compute: (record: Pick<TrainingRecord, 'staff' | 'trained_current'>) => per(record.trained_current, record.staff),
		appears: { trend: false, compare: false }
	},
	registry_verification_rate: {
		id: 'registry_verification_rate',
		label: { en: 'Registry address verification rate', fr: 'Taux de vérification des adresses inscrites au registre' },
		short_label: { en: 'Verification rate', fr: 'Taux de vérification' },
		unit: 'share',
		direction: 'higher_is_better',
		definition: {
			en: 'Registered sex offenders in the police service’s area whose address was verified in the quarter, divided by all registrants in the area. An aggregate per service: the atlas holds no individual.',
			fr: 'Délinquants sexuels inscrits au registre sur le territoire du service de police dont l’adresse a été vérifiée au cours du trimestre, divisés par le nombre total d’inscrits sur ce territoire. Un total par service : l’atlas ne contient aucune donnée individuelle.'
		},
		formula: 'verifications_done / registrants',
		inputs: ['verifications_done', 'registrants'],
		scope: 'service',
		disclosure: 'rate_on_counts',
		illustrative_inputs: true,
		discloses: ['registrants', 'verifications_done'],
		compute: (quarter: Pick<RegistryQuarter, 'registrants' | 'verifications_done'>) => per(quarter.verifications_done, quarter.registrants),
		appears: { trend: false, compare: false }
	}
} as const satisfies Record<string, StreamMetricEntry>;
