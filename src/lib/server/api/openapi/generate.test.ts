/**
 * What the generated document promises beyond the linter: request bodies are the schemas the endpoints parse with,
 * enums are the domain's lists, and every operation names itself and its security requirement.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { IMPORT_KINDS } from '$lib/domain/import/kinds';
import { Credentials, NewToken } from '../schemas/accounts';
import { OPERATIONS, openApiDocument } from './document';
import { jsonSchemaOf, pathsOf } from './generate';
import { ROLES } from '$lib/domain/vocabulary';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const doc = openApiDocument() as unknown as Json;
const bodyOf = (path: string, method: string) => doc.paths[path][method].requestBody.content['application/json'].schema;

describe('the generated OpenAPI document', () => {
	it('lists every operation once, each with an operationId and a declared security requirement', () => {
		expect(OPERATIONS.length).toBeGreaterThan(30);
		const ids = OPERATIONS.map((op) => op.operationId);
		expect(new Set(ids).size).toBe(ids.length);
		for (const op of OPERATIONS) {
			const documented = doc.paths[op.path][op.method];
			expect(documented.operationId).toBe(op.operationId);
			expect(Array.isArray(documented.security), op.operationId).toBe(true);
		}
		const publicOnes = OPERATIONS.filter((op) => doc.paths[op.path][op.method].security.length === 0).map((op) => op.operationId);
		expect(publicOnes.sort()).toEqual(['getHealth', 'getOpenApiDocument', 'signIn', 'signOut']);
	});

	it('describes the sign-in and token bodies from the very schemas the endpoints parse with', () => {
		expect(bodyOf('/api/session', 'post')).toEqual(jsonSchemaOf(Credentials));
		expect(bodyOf('/api/tokens', 'post')).toEqual(jsonSchemaOf(NewToken));
		// What the document says about a token's name is what the endpoint enforces.
		expect(bodyOf('/api/tokens', 'post').properties.name).toMatchObject({ minLength: 1, maxLength: 100 });
		expect(v.safeParse(NewToken, { name: '' }).success).toBe(false);
		expect(v.safeParse(NewToken, { name: 'x'.repeat(101) }).success).toBe(false);
		expect(v.safeParse(NewToken, { name: 'ok' }).success).toBe(true);
	});

	it('takes enums from the domain vocabulary, not copies', () => {
		const sessionUser = doc.paths['/api/session'].get.responses['200'].content['application/json'].schema.properties.data;
		expect(sessionUser.properties.role.enum).toEqual([...ROLES]);
		const kind = doc.paths['/api/imports'].post.parameters.find((p: Json) => p.name === 'kind');
		expect(kind.schema.enum).toEqual([...IMPORT_KINDS]);
	});

	it('refers to shared shapes by $ref, and declares each of them', () => {
		const text = JSON.stringify(doc.paths);
		const referred = new Set([...text.matchAll(/"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]));
		expect(referred.size).toBeGreaterThan(0);
		expect([...referred].sort()).toEqual(Object.keys(doc.components.schemas).sort());
	});

	it('refuses to document the same path and method twice', () => {
		const op = OPERATIONS[0]!;
		expect(() => pathsOf([op, { ...op, operationId: 'again' }])).toThrow(/documented twice/);
	});
});
