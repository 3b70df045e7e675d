/**
 * English strings. fr.ts must provide the same keys (the Messages type enforces it), so a string
 * can never exist in one language only.
 */
import { authEn } from './sections/auth';
import { aboutEn } from './sections/about';
import { mapEn } from './sections/map';
import { importsEn } from './sections/imports';
import { compareEn } from './sections/compare';
import { coverageEn } from './sections/coverage';
import { allocationsEn } from './sections/allocations';
import { projectPEn } from './sections/project-p';
import { streamsEn } from './sections/streams';
import { vocabularyEn } from './sections/vocabulary';
import { metricsEn } from './sections/metrics';

export const en = {
	allocations: allocationsEn,
	projectP: projectPEn,
	streams: streamsEn,
	coverage: coverageEn,
	vocabulary: vocabularyEn,
	metrics: metricsEn,
	auth: authEn,
	imports: importsEn,
	compare: compareEn,
	app: {
		title: 'Ontario ICE Coverage Atlas',
		tagline: 'Internet child exploitation investigative capacity for every Ontario community',
		skipToContent: 'Skip to main content',
		staleData: 'The latest figures are for {period}, which ended on {ended}: more than two quarters ago.',
		/** A field's error led by the field's label (or, in the API's messages, its name). */
		fieldError: '{label}: {message}',
		switchLanguage: 'Français',
		switchLanguageLabel: 'Afficher cette page en français',
		primaryNav: 'Main',
		footerAttribution:
			'Adapted from Statistics Canada, 2021 Census – Boundary files and Table 98-10-0002-01. This does not constitute an endorsement by Statistics Canada of this product.',
		footerLicence: 'Open source under the Apache License 2.0.',
		loadingError: 'Something went wrong.',
		notFound: 'Page not found',
		backHome: 'Return to the atlas',
		databaseUnavailable: 'The atlas cannot reach its database just now. Try again in a minute.'
	},
	map: mapEn,
	about: aboutEn,
	nav: {
		map: 'Map',
		communities: 'Communities',
		services: 'Police services',
		gaps: 'Coverage gaps',
		api: 'API'
	},
	illustrative: {
		banner:
			'Illustrative data: ICE staffing, caseload and funding figures on this screen are generated for demonstration, not real. No public source gives them per police service.',
		bannerShort: 'Illustrative data: ICE figures here are generated for demonstration, not real.',
		badge: 'Illustrative',
		learnMore: 'How the illustrative data are made'
	},
	communities: {
		title: 'Communities',
		intro:
			'All {count} Ontario census subdivisions (2021 Census), First Nations reserves and unorganized areas included, with the police service of record.',
		searchLabel: 'Search by name (English or French)',
		searchButton: 'Search',
		clearSearch: 'Clear',
		resultCount: '{count} communities',
		resultCountFiltered: '{count} of {total} communities match "{query}"',
		resultCountFilteredOne: '{count} of {total} communities matches "{query}"',
		noResults: 'No community matches "{query}".',
		name: 'Community',
		type: 'Type',
		censusDivision: 'Census division',
		population: 'Population (2021)',
		children: 'Children 0–17 (estimate)',
		service: 'Police service',
		confidence: 'Assignment confidence',
		populationNotAvailable: 'Population not available',
		sortBy: 'Sort by {column}',
		sortedAscending: 'sorted ascending',
		sortedDescending: 'sorted descending',
		landArea: 'Land area',
		flyIn: 'Fly-in community',
		childrenEstimateNote:
			'Children 0–17 are estimated as population × {share}, Ontario’s share of children in the 2021 Census. Real counts can be imported.',
		childrenEstimateNoteReserve:
			'Children 0–17 are estimated as population × {share}: an assumed share for First Nations reserves, whose population is younger than Ontario’s ({ontario} in the 2021 Census). Real counts can be imported.',
		serviceNote: 'Note on the assignment'
	},
	services: {
		title: 'Police services',
		intro: '{count} police services: municipal and regional services, OPP units (approximated by census division), and self-administered First Nations services.',
		name: 'Police service',
		kind: 'Kind',
		region: 'OPP region',
		communities: 'Communities',
		population: 'Population covered',
		member: 'ICE Strategy member (2022)',
		sworn: 'Sworn officers',
		yes: 'Yes',
		no: 'No',
		swornSource: 'Source of sworn strength',
		oppApproximation: 'OPP detachment areas are approximated by census division; real detachment boundaries differ.',
		communitiesServed: 'Communities served',
		compareLink: 'Compare with similar services'
	},
	kinds: {
		municipal: 'Municipal',
		opp: 'Ontario Provincial Police',
		first_nations: 'First Nations'
	},
	confidence: {
		high: 'High',
		medium: 'Medium',
		low: 'Low'
	},
	csdTypes: {
		C: 'City (C)',
		CV: 'City (CV)',
		CY: 'City',
		IRI: 'Indian reserve',
		M: 'Municipality',
		MU: 'Municipality',
		NO: 'Unorganized',
		'S-É': 'Indian settlement',
		T: 'Town',
		TP: 'Township',
		TV: 'Town',
		VL: 'Village'
	}
};
