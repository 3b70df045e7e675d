/** Operations of the strategy streams beyond policing: prevention, training, registry compliance. */
import * as v from 'valibot';
import { GAP_LEVELS } from '$lib/domain/vocabulary';
import { OFFICE_KINDS } from '$lib/domain/import/vocabulary';
import { STREAM_RULE_CODES } from '$lib/domain/streams/rules';
import { CURRENT_TRAINING_YEARS } from '$lib/domain/streams/training';
import { ApiError, Disclosed, described, integer, nullableInteger, periodCode } from '../schemas/shared';
import type { Operation } from './operation';
import { periodEntries, quarterEntries } from './period';

const error = (description: string) => ({ description, body: ApiError });
const share = () => v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(1)));
const flags = described(v.array(v.picklist(STREAM_RULE_CODES)), 'Stream gap rules that apply (domain/streams/rules.ts)');
const schoolYear = () => v.pipe(v.string(), v.regex(/^[0-9]{4}-[0-9]{2}$/));

export const Prevention = v.object({
	csduid: v.string(),
	name: v.string(),
	name_fr: v.string(),
	police_service_id: v.nullable(v.string()),
	school_year: schoolYear(),
	grade_7_8_students: described(integer(), 'Estimated as children 0–17 × 2/18 until imported'),
	classrooms_reached: integer(),
	students_reached: integer(),
	teachers_trained: integer(),
	prevention_reach_share: share(),
	teachers_trained_per_1k_students: v.nullable(v.number()),
	coverage_level: described(v.nullable(v.picklist(GAP_LEVELS)), 'Coverage gap level in the latest quarter'),
	flags,
	illustrative: v.boolean()
});

export const Training = v.object({
	office_kind: v.picklist(OFFICE_KINDS),
	office_id: v.string(),
	police_service_id: v.nullable(v.string()),
	name: v.string(),
	name_fr: v.string(),
	as_of_year: integer(),
	staff: described(integer(), 'Investigators (police) or Crowns (Crown office) assigned to ICE files'),
	trained: integer(),
	trained_current: described(integer(), `Trained in the reference year or the ${CURRENT_TRAINING_YEARS - 1} before it`),
	latest_training_year: nullableInteger(),
	current_training_share: share(),
	flags,
	illustrative: v.boolean()
});

export const Registry = described(
	v.object({
		program_id: v.string(),
		police_service_id: v.string(),
		...quarterEntries,
		registrants: Disclosed,
		verifications_done: Disclosed,
		non_compliant_located: Disclosed,
		registry_verification_rate: Disclosed,
		illustrative: v.boolean()
	}),
	'Aggregates per police service and quarter; never an individual'
);

const RegistryProgram = v.object({
	id: v.string(),
	name: v.string(),
	name_fr: v.string(),
	police_service_id: v.string(),
	first_period: periodCode(),
	last_period: periodCode(),
	budget_cents: integer(),
	target_registrants: integer(),
	illustrative: v.boolean()
});

export const streamsOperations: Operation[] = [
	{
		path: '/api/streams/prevention',
		method: 'get',
		operationId: 'listPreventionReach',
		summary: 'Prevention lessons (CYBERCOPS, Grades 7–8) per community in one school year',
		access: 'signed-in',
		parameters: [
			{
				name: 'school_year',
				in: 'query',
				description: 'Default: the latest with figures. A malformed or unknown one is a 400 naming `school_year`.',
				schema: v.pipe(schoolYear(), v.examples(['2024-25']))
			}
		],
		responses: {
			'200': {
				description: 'Every community with figures, with totals pooled over them',
				body: v.object({
					school_year: schoolYear(),
					school_years: v.array(schoolYear()),
					illustrative: v.boolean(),
					totals: v.object({
						grade_7_8_students: integer(),
						classrooms_reached: integer(),
						students_reached: integer(),
						teachers_trained: integer(),
						prevention_reach_share: share(),
						teachers_trained_per_1k_students: v.nullable(v.number()),
						flagged_communities: integer()
					}),
					data: v.array(Prevention)
				})
			},
			'400': error('A malformed or unknown school year')
		}
	},
	{
		path: '/api/streams/training',
		method: 'get',
		operationId: 'listTraining',
		summary: 'ICE training of investigators and Crowns per police service and Crown office',
		access: 'signed-in',
		parameters: [
			{
				name: 'year',
				in: 'query',
				description: 'Reference year. Default: the latest with figures; an unknown one is a 400 naming `year`.',
				schema: v.pipe(v.number(), v.integer(), v.examples([2025]))
			}
		],
		responses: {
			'200': {
				description: 'Every office with figures for the year',
				body: v.object({ year: integer(), years: v.array(integer()), illustrative: v.boolean(), flagged_services: integer(), data: v.array(Training) })
			},
			'400': error('A malformed or unknown year')
		}
	},
	{
		path: '/api/streams/registry',
		method: 'get',
		operationId: 'listRegistryCompliance',
		summary: 'Offender-registry address verification per police service and quarter (ministry planners only)',
		access: 'signed-in',
		parameters: [
			{
				name: 'period',
				in: 'query',
				description: 'Ontario fiscal quarter. Default: the latest with figures; a malformed or unknown one is a 400 naming `period`.',
				schema: v.pipe(periodCode(), v.examples(['2025-Q2']))
			}
		],
		responses: {
			'200': {
				description: 'Aggregates per service for the quarter, and the programs they belong to',
				body: v.object({ ...periodEntries, periods: v.array(periodCode()), illustrative: v.boolean(), programs: v.array(RegistryProgram), data: v.array(Registry) })
			},
			'400': error('A malformed or unknown quarter'),
			'403': error('Not a ministry planner')
		}
	}
];
