/**
 * The served OpenAPI document against Redocly's `recommended` ruleset, so a document that breaks a rule (an operation
 * without an operationId or a declared security requirement, an unused component, a bad $ref…) fails the tests.
 */
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './document';

async function problems() {
	const config = await createConfig({ extends: ['recommended'] });
	const found = await lintFromString({ source: JSON.stringify(openApiDocument()), absoluteRef: 'openapi.json', config });
	return found.map((p) => `${p.severity} ${p.ruleId} ${p.location[0]?.pointer ?? ''}: ${p.message}`);
}

describe('the OpenAPI document', () => {
	it('passes the recommended rules of a standard linter, warnings included', async () => {
		expect(await problems()).toEqual([]);
	});
});
