/**
 * Builds the OpenAPI 3.1 document from the list of operations and their valibot schemas. JSON Schema comes from
 * @valibot/to-json-schema (draft 2020-12, the dialect of OpenAPI 3.1); shared shapes become `components.schemas`
 * entries referred to by `$ref`, so each is written once in the document as in the code.
 */
import { toJsonSchema, type ConversionConfig } from '@valibot/to-json-schema';
import type { GenericSchema } from 'valibot';
import { NAMED_SCHEMAS } from '../schemas/shared';
import { UNAUTHORIZED, type Access, type Answer, type Operation } from './operation';

type Json = Record<string, unknown>;

const config: ConversionConfig = {
	target: 'draft-2020-12',
	errorMode: 'throw',
	// Request schemas trim and convert what they read; the document describes what a client sends.
	typeMode: 'input',
	ignoreActions: ['trim', 'to_lower_case', 'transform', 'check'],
	definitions: NAMED_SCHEMAS,
	overrideRef: ({ referenceId }) => `#/components/schemas/${referenceId}`
};

/** JSON Schema of a valibot schema, shared shapes as references. */
export function jsonSchemaOf(schema: GenericSchema): Json {
	const { $schema: _dialect, $defs: _definitions, ...rest } = toJsonSchema(schema, config) as Json;
	return rest;
}

/** The named shapes themselves: converted without referring to themselves. */
function namedSchemas(): Json {
	return Object.fromEntries(
		Object.entries(NAMED_SCHEMAS).map(([name, schema]) => {
			const { $schema: _dialect, $defs: _definitions, ...rest } = toJsonSchema(schema, { ...config, definitions: undefined }) as Json;
			return [name, rest];
		})
	);
}

const SECURITY: Record<Access, Json[]> = {
	public: [],
	'signed-in': [{ session: [] }, { bearer: [] }],
	session: [{ session: [] }]
};

function answer(a: Answer): Json {
	const content = a.body ? { 'application/json': { schema: jsonSchemaOf(a.body) } } : a.raw;
	return { description: a.description, ...(a.headers ? { headers: a.headers } : {}), ...(content ? { content } : {}) };
}

function operationObject(op: Operation): Json {
	const responses: Json = {};
	for (const [status, a] of Object.entries(op.responses)) responses[status] = answer(a);
	// The handle hook refuses an anonymous caller before the endpoint runs.
	if (op.access !== 'public' && !responses['401']) responses['401'] = answer({ description: UNAUTHORIZED, body: NAMED_SCHEMAS.Error });
	const body = op.body && {
		required: true,
		content: op.body.schema
			? { 'application/json': { schema: { ...jsonSchemaOf(op.body.schema), ...(op.body.examples ? { examples: op.body.examples } : {}) } } }
			: op.body.raw
	};
	return {
		operationId: op.operationId,
		summary: op.summary,
		...(op.description ? { description: op.description } : {}),
		security: SECURITY[op.access],
		...(op.parameters?.length
			? {
					parameters: op.parameters.map((p) => ({
						name: p.name,
						in: p.in,
						required: p.in === 'path' ? true : (p.required ?? false),
						...(p.description ? { description: p.description } : {}),
						schema: jsonSchemaOf(p.schema)
					}))
				}
			: {}),
		...(body ? { requestBody: body } : {}),
		responses
	};
}

/** `paths` of the document, in the order the operations are listed. */
export function pathsOf(operations: readonly Operation[]): Record<string, Json> {
	const paths: Record<string, Json> = {};
	for (const op of operations) {
		const item = (paths[op.path] ??= {});
		if (item[op.method]) throw new Error(`${op.method.toUpperCase()} ${op.path} is documented twice`);
		item[op.method] = operationObject(op);
	}
	return paths;
}

export function componentsOf(): Json {
	return {
		schemas: namedSchemas(),
		securitySchemes: {
			session: { type: 'apiKey', in: 'cookie', name: 'atlas_session', description: 'Set by POST /api/session' },
			bearer: { type: 'http', scheme: 'bearer', description: 'An API token from POST /api/tokens (atlas_…)' }
		}
	};
}
