/**
 * Shapes the API answers share, as valibot schemas: the OpenAPI document is generated from them
 * (openapi/generate.ts) and the contract test checks real answers against what they generate.
 */
import * as v from 'valibot';
import { CONFIDENCE_LEVELS, SERVICE_KINDS } from '$lib/domain/vocabulary';
import { CSDUID_PATTERN } from '../respond';
import { API_ERROR_CODES } from './vocabulary';

type Schema = v.GenericSchema;

/** The schema with a description in the document. */
export const described = <S extends Schema>(schema: S, description: string) => v.pipe(schema, v.description(description));
export const integer = () => v.pipe(v.number(), v.integer());
export const nullableInteger = () => v.nullable(integer());
export const timestamp = () => v.pipe(v.string(), v.isoTimestamp());
export const nullableTimestamp = () => v.nullable(timestamp());
export const date = () => v.pipe(v.string(), v.isoDate());
const PERIOD_PATTERN = /^[0-9]{4}-Q[1-4]$/;
export const periodCode = () => v.pipe(v.string(), v.regex(PERIOD_PATTERN));

/** `{ "en", "fr" }` text. */
export const Bilingual = v.object({ en: v.string(), fr: v.string() });

export const ApiError = v.object({
	error: v.object({
		status: integer(),
		code: v.picklist(API_ERROR_CODES),
		message: v.string(),
		parameter: v.optional(described(v.string(), 'The parameter or field that was wrong'))
	})
});

/** A refusal naming each field at fault (allocation and Project P bodies). */
export const FieldErrors = v.object({
	error: v.object({
		status: integer(),
		code: v.picklist(API_ERROR_CODES),
		message: described(v.string(), 'Every field’s message, in the request’s language'),
		parameter: v.optional(described(v.string(), 'The first field at fault'))
	}),
	errors: described(
		v.array(v.object({ field: v.string(), message: v.string(), message_fr: v.optional(v.string()) })),
		'One message per field, in the request’s language; `field` as in the body (e.g. `assignments[1].fte`)'
	)
});

/** A figure after disclosure control (domain.md §9). */
export const Disclosed = described(
	v.union([v.number(), v.null(), v.literal('<5'), v.literal('withheld')]),
	'A figure after disclosure control: a number, null (not defined), "<5" (a count of 1–4 for a viewer not cleared for the service) or "withheld" (a rate built on such a count)'
);

export const Community = v.object({
	csduid: described(v.pipe(v.string(), v.regex(CSDUID_PATTERN)), 'Statistics Canada 2021 census subdivision code'),
	name: v.string(),
	name_fr: described(v.string(), 'Official French name where one exists, else the English name'),
	type: described(v.string(), 'Statistics Canada CSD type (CY, TP, IRI, NO, ...)'),
	cduid: described(v.string(), 'Census division (first 4 digits of the CSDUID)'),
	cd_name: v.optional(v.string()),
	population: described(nullableInteger(), '2021 Census population; null when not available (never 0 for missing)'),
	children_estimate: v.optional(described(nullableInteger(), 'Estimated children 0–17 (population × documented share)')),
	police_service_id: v.string(),
	jurisdiction_confidence: v.optional(v.picklist(CONFIDENCE_LEVELS))
});

export const PoliceService = v.object({
	id: v.string(),
	name: v.string(),
	name_fr: v.string(),
	kind: v.picklist(SERVICE_KINDS),
	opp_region: v.optional(v.nullable(v.string())),
	ice_strategy_member: described(v.boolean(), 'Member of the ICE Strategy, October 2022 list'),
	sworn_officers: v.optional(nullableInteger()),
	sworn_year: v.optional(nullableInteger()),
	sworn_source: v.optional(v.nullable(v.string())),
	community_count: v.optional(integer()),
	population: v.optional(nullableInteger()),
	children: v.optional(nullableInteger()),
	csduids: v.optional(described(v.array(v.string()), 'The communities it covers (one service only)'))
});

/** Shapes with a name of their own in `components.schemas`, referred to wherever they appear. */
export const NAMED_SCHEMAS: Record<string, Schema> = { Error: ApiError, FieldErrors, Disclosed, Community, PoliceService };
