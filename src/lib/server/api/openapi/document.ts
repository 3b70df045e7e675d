/**
 * The OpenAPI 3.1 description of the atlas API, served at /api/openapi.json, generated from the operations each
 * subject lists and their valibot schemas (generate.ts).
 */
import { accountsOperations } from './accounts';
import { allocationsOperations } from './allocations';
import { compareOperations } from './compare';
import { coverageOperations } from './coverage';
import { foundationOperations } from './foundation';
import { componentsOf, pathsOf } from './generate';
import { importsOperations } from './imports';
import type { Operation } from './operation';
import { projectPOperations } from './project-p';
import { streamsOperations } from './streams';

/** Every documented operation, in the document's order. */
export const OPERATIONS: readonly Operation[] = [
	...foundationOperations,
	...accountsOperations,
	...coverageOperations,
	...importsOperations,
	...compareOperations,
	...allocationsOperations,
	...projectPOperations,
	...streamsOperations
];

let built: ReturnType<typeof buildDocument> | undefined;

/** The document, built once: it depends on the code only, and converting every schema takes about 0.1 s. */
export function openApiDocument() {
	return (built ??= buildDocument());
}

function buildDocument() {
	return {
		openapi: '3.1.0',
		info: {
			title: 'Ontario ICE Coverage Atlas API',
			version: '0.1.0',
			description:
				'Ontario communities (2021 census subdivisions), the police services that cover them, and Internet Child Exploitation (ICE) capacity, caseload and funding. ICE figures are ILLUSTRATIVE until a ministry imports real ones: every response that carries them says so with `illustrative: true`. Counts of 1–4 are shown as "<5" to anyone not cleared for the service. Every path except /api/health, /api/openapi.json and signing in or out (/api/session) needs a session cookie (POST /api/session) or an API token (`Authorization: Bearer`), unless the atlas is run with ATLAS_PUBLIC_VIEW set.',
			license: { name: 'Apache-2.0', identifier: 'Apache-2.0' }
		},
		servers: [{ url: '/' }],
		paths: pathsOf(OPERATIONS),
		components: componentsOf()
	};
}
