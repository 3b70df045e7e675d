/**
 * The dictionary's sections by name, without the dictionary itself (so the browser's context code
 * pulls in no language). A page sends only the sections its components read: the root layout the
 * ones every page shows (LAYOUT_SECTIONS), each page's load the rest (`pageText` in messages.ts).
 */
import type { Messages } from './messages';

export type SectionName = keyof Messages;

/** Every section, once: `satisfies` fails the type check when a section is added and not listed here. */
const SECTION_FLAGS = {
	allocations: true,
	projectP: true,
	streams: true,
	coverage: true,
	auth: true,
	imports: true,
	compare: true,
	app: true,
	map: true,
	about: true,
	nav: true,
	illustrative: true,
	communities: true,
	services: true,
	kinds: true,
	confidence: true,
	csdTypes: true,
	vocabulary: true,
	metrics: true
} as const satisfies Record<SectionName, true>;

export function isSectionName(key: string): key is SectionName {
	return Object.hasOwn(SECTION_FLAGS, key);
}

/**
 * What every page shows, sent by the root layout: the header (app, auth: the account line and role
 * names), the footer, the illustrative-data banner, the stale-data notice, and the small shared
 * vocabularies (service kinds, assignment confidence, census subdivision types: under 1 KB together;
 * the words of codes, gap levels first, which most pages show: under 2 KB).
 */
export const LAYOUT_SECTIONS = ['app', 'nav', 'auth', 'illustrative', 'kinds', 'confidence', 'csdTypes', 'vocabulary'] as const satisfies readonly SectionName[];
