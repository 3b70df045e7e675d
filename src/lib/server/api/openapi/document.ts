/**
 * The OpenAPI 3.1 description of the atlas API, served at /api/openapi.json. Each subject adds
 * its paths in a module of its own; this file only assembles them.
 */
import { components } from './components';
import { foundationPaths } from './foundation';
import { accountsPaths, securitySchemes } from './accounts';
import { coveragePaths } from './coverage';
import { importsPaths } from './imports';
import { allocationsPaths } from './allocations';
import { comparePaths } from './compare';
import { streamsPaths } from './streams';
import { projectPPaths } from './project-p';

export type PathItems = Record<string, Record<string, unknown>>;

export function openApiDocument() {
	return {
		openapi: '3.1.0',
		info: {
			title: 'Ontario ICE Coverage Atlas API',
			version: '0.1.0',
			description:
				'Ontario communities (2021 census subdivisions), the police services that cover them, and Internet Child Exploitation (ICE) capacity, caseload and funding. ICE figures are ILLUSTRATIVE until a ministry imports real ones: every response that carries them says so with `illustrative: true`. Counts of 1–4 are shown as "<5" to anyone not cleared for the service. Every path except /api/health, /api/openapi.json and signing in or out (/api/session) needs a session cookie (POST /api/session) or an API token (`Authorization: Bearer`).',
			license: { name: 'Apache-2.0', identifier: 'Apache-2.0' }
		},
		servers: [{ url: '/' }],
		paths: { ...foundationPaths, ...accountsPaths, ...coveragePaths, ...importsPaths, ...comparePaths, ...allocationsPaths, ...projectPPaths, ...streamsPaths },
		components: { ...components, securitySchemes }
	};
}
