/** OpenAPI paths of the strategy streams beyond policing (issue 10): prevention, training, registry compliance. */
import type { PathItems } from './document';
import { periodProperties, periodRequired, quarterProperties } from './period';
import { STREAM_RULE_CODES } from '../../../domain/streams/rules';
import { CURRENT_TRAINING_YEARS } from '../../../domain/streams/training';

const Disclosed = {
	description: 'A number, null (not defined), "<5" (a count of 1–4 for a viewer not cleared for the service) or "withheld" (a rate built on such a count)',
	oneOf: [{ type: 'number' }, { type: 'null' }, { const: '<5' }, { const: 'withheld' }]
};
const share = { type: ['number', 'null'], minimum: 0, maximum: 1 };
const flags = { type: 'array', items: { type: 'string', enum: STREAM_RULE_CODES }, description: 'Stream gap rules that apply (domain/streams/rules.ts)' };

const answer = (data: unknown, meta: Record<string, unknown>, required: readonly string[] = []) => ({
	'application/json': {
		schema: { type: 'object', required: [...required, 'illustrative', 'data'], properties: { illustrative: { type: 'boolean' }, ...meta, data: { type: 'array', items: data } } }
	}
});

const errors = {
	'400': { $ref: '#/components/responses/BadRequest' },
	'401': { description: 'Not signed in' }
};

const Prevention = {
	type: 'object',
	properties: {
		csduid: { type: 'string' },
		name: { type: 'string' },
		name_fr: { type: 'string' },
		police_service_id: { type: ['string', 'null'] },
		school_year: { type: 'string' },
		grade_7_8_students: { type: 'integer', description: 'Estimated as children 0–17 × 2/18 until imported' },
		classrooms_reached: { type: 'integer' },
		students_reached: { type: 'integer' },
		teachers_trained: { type: 'integer' },
		prevention_reach_share: share,
		teachers_trained_per_1k_students: { type: ['number', 'null'] },
		coverage_level: { type: ['string', 'null'], enum: ['none', 'watch', 'gap', 'critical', null], description: 'Coverage gap level in the latest quarter' },
		flags,
		illustrative: { type: 'boolean' }
	}
};

const Training = {
	type: 'object',
	properties: {
		office_kind: { type: 'string', enum: ['police_service', 'crown_office'] },
		office_id: { type: 'string' },
		police_service_id: { type: ['string', 'null'] },
		name: { type: 'string' },
		name_fr: { type: 'string' },
		as_of_year: { type: 'integer' },
		staff: { type: 'integer', description: 'Investigators (police) or Crowns (Crown office) assigned to ICE files' },
		trained: { type: 'integer' },
		trained_current: { type: 'integer', description: `Trained in the reference year or the ${CURRENT_TRAINING_YEARS - 1} before it` },
		latest_training_year: { type: ['integer', 'null'] },
		current_training_share: share,
		flags,
		illustrative: { type: 'boolean' }
	}
};

const Registry = {
	type: 'object',
	description: 'Aggregates per police service and quarter; never an individual',
	properties: {
		program_id: { type: 'string' },
		police_service_id: { type: 'string' },
		...quarterProperties,
		registrants: Disclosed,
		verifications_done: Disclosed,
		non_compliant_located: Disclosed,
		registry_verification_rate: Disclosed,
		illustrative: { type: 'boolean' }
	}
};

export const streamsPaths: PathItems = {
	'/api/streams/prevention': {
		get: {
			summary: 'Prevention lessons (CYBERCOPS, Grades 7–8) per community in one school year',
			parameters: [
				{ name: 'school_year', in: 'query', required: false, schema: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}$', examples: ['2024-25'] }, description: 'Default: the latest with figures. A malformed or unknown one is a 400 naming `school_year`.' }
			],
			responses: {
				'200': { description: 'Every community with figures, with totals pooled over them', content: answer(Prevention, { school_year: { type: 'string' }, school_years: { type: 'array', items: { type: 'string' } }, totals: { type: 'object' } }) },
				...errors
			}
		}
	},
	'/api/streams/training': {
		get: {
			summary: 'ICE training of investigators and Crowns per police service and Crown office',
			parameters: [
				{ name: 'year', in: 'query', required: false, schema: { type: 'integer', examples: [2025] }, description: 'Reference year. Default: the latest with figures; an unknown one is a 400 naming `year`.' }
			],
			responses: {
				'200': { description: 'Every office with figures for the year', content: answer(Training, { year: { type: 'integer' }, years: { type: 'array', items: { type: 'integer' } }, flagged_services: { type: 'integer' } }) },
				...errors
			}
		}
	},
	'/api/streams/registry': {
		get: {
			summary: 'Offender-registry address verification per police service and quarter (ministry planners only)',
			parameters: [
				{ name: 'period', in: 'query', required: false, schema: { type: 'string', pattern: '^[0-9]{4}-Q[1-4]$', examples: ['2025-Q2'] }, description: 'Ontario fiscal quarter. Default: the latest with figures; a malformed or unknown one is a 400 naming `period`.' }
			],
			responses: {
				'200': { description: 'Aggregates per service for the quarter, and the programs they belong to', content: answer(Registry, { ...periodProperties, periods: { type: 'array', items: { type: 'string' } }, programs: { type: 'array', items: { type: 'object' } } }, periodRequired) },
				...errors,
				'403': { description: 'Not a ministry planner' }
			}
		}
	}
};
