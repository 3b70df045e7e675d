/**
 * One documented API operation: what the OpenAPI document says about a path and method. Schemas are valibot schemas
 * (request bodies are the very objects the endpoints parse with); generate.ts turns them into JSON Schema.
 */
import type { GenericSchema } from 'valibot';

/**
 * public: anyone, signed in or not · signed-in: a session cookie or an API token (the policy then decides by role) ·
 * session: a browser session only (managing API tokens).
 */
export type Access = 'public' | 'signed-in' | 'session';

interface Parameter {
	readonly name: string;
	readonly in: 'path' | 'query';
	readonly required?: boolean;
	readonly description?: string;
	readonly schema: GenericSchema;
}

/** A JSON body by default; `raw` describes any other media type as plain JSON Schema. */
export interface Answer {
	readonly description: string;
	readonly body?: GenericSchema;
	readonly raw?: Record<string, { schema: Record<string, unknown> }>;
	readonly headers?: Record<string, { description: string; schema: Record<string, unknown> }>;
}

export interface Operation {
	readonly path: string;
	readonly method: 'get' | 'post' | 'patch' | 'delete';
	readonly operationId: string;
	readonly summary: string;
	readonly description?: string;
	readonly access: Access;
	readonly parameters?: readonly Parameter[];
	readonly body?: { readonly schema?: GenericSchema; readonly raw?: Record<string, { schema: Record<string, unknown> }>; readonly examples?: readonly unknown[] };
	readonly responses: Readonly<Record<string, Answer>>;
}

/** The answer every signed-in operation may give an anonymous caller (the handle hook answers it). */
export const UNAUTHORIZED = 'Not signed in';
