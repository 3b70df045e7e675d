import type { Messages } from './messages';
import { mapFr } from './sections-fr/map';
import { authFr } from './sections-fr/auth';
import { aboutFr } from './sections-fr/about';
import { importsFr } from './sections-fr/imports';
import { compareFr } from './sections-fr/compare';
import { coverageFr } from './sections-fr/coverage';
import { allocationsFr } from './sections-fr/allocations';
import { projectPFr } from './sections-fr/project-p';
import { streamsFr } from './sections-fr/streams';
import { vocabularyFr } from './sections-fr/vocabulary';
import { metricsFr } from './sections-fr/metrics';

/** French strings (Loi sur les services en français): same keys as en.ts, checked by the type. */
export const fr: Messages = {
	allocations: allocationsFr,
	projectP: projectPFr,
	streams: streamsFr,
	coverage: coverageFr,
	vocabulary: vocabularyFr,
	metrics: metricsFr,
	auth: authFr,
	imports: importsFr,
	compare: compareFr,
	app: {
		title: 'Atlas de la couverture en matière d’EEI en Ontario',
		tagline: 'Capacité d’enquête sur l’exploitation des enfants sur Internet pour chaque collectivité de l’Ontario',
		skipToContent: 'Passer au contenu principal',
		staleData: 'Les données les plus récentes portent sur le trimestre {period}, qui s’est terminé le {ended} : il y a plus de deux trimestres.',
		// French typography puts a space before the colon.
		fieldError: '{label} : {message}',
		switchLanguage: 'English',
		switchLanguageLabel: 'View this page in English',
		primaryNav: 'Navigation principale',
		footerAttribution:
			'Adapté de Statistique Canada, Recensement de 2021 – Fichiers des limites et tableau 98-10-0002-01. Ceci ne constitue pas une approbation de ce produit par Statistique Canada.',
		footerLicence: 'Logiciel libre sous licence Apache 2.0.',
		loadingError: 'Une erreur s’est produite.',
		notFound: 'Page introuvable',
		backHome: 'Retour à l’atlas',
		databaseUnavailable: 'L’atlas ne peut pas joindre sa base de données pour le moment. Réessayez dans une minute.'
	},
	map: mapFr,
	about: aboutFr,
	nav: {
		map: 'Carte',
		communities: 'Collectivités',
		services: 'Services de police',
		gaps: 'Lacunes de couverture',
		api: 'API'
	},
	illustrative: {
		banner:
			'Données illustratives : les effectifs, la charge de travail et le financement en matière d’EEI affichés ici sont générés à des fins de démonstration et ne sont pas réels. Aucune source publique ne les donne par service de police.',
		bannerShort: 'Données illustratives : les chiffres d’EEI affichés ici sont générés pour la démonstration, non réels.',
		badge: 'Illustratif',
		learnMore: 'Comment les données illustratives sont produites'
	},
	communities: {
		title: 'Collectivités',
		intro:
			'Les {count} subdivisions de recensement de l’Ontario (Recensement de 2021), y compris les réserves des Premières Nations et les territoires non organisés, avec leur service de police attitré.',
		searchLabel: 'Rechercher par nom (français ou anglais)',
		searchButton: 'Rechercher',
		clearSearch: 'Effacer',
		resultCount: '{count} collectivités',
		resultCountFiltered: '{count} collectivités sur {total} correspondent à « {query} »',
		resultCountFilteredOne: '{count} collectivité sur {total} correspond à « {query} »',
		noResults: 'Aucune collectivité ne correspond à « {query} ».',
		name: 'Collectivité',
		type: 'Type',
		censusDivision: 'Division de recensement',
		population: 'Population (2021)',
		children: 'Enfants de 0 à 17 ans (estimation)',
		service: 'Service de police',
		confidence: 'Fiabilité de l’attribution',
		populationNotAvailable: 'Population non disponible',
		sortBy: 'Trier par {column}',
		sortedAscending: 'tri croissant',
		sortedDescending: 'tri décroissant',
		landArea: 'Superficie des terres',
		flyIn: 'Collectivité accessible par avion seulement',
		childrenEstimateNote:
			'Les enfants de 0 à 17 ans sont estimés à population × {share}, la part des enfants en Ontario au Recensement de 2021. Les chiffres réels peuvent être importés.',
		childrenEstimateNoteReserve:
			'Les enfants de 0 à 17 ans sont estimés à population × {share} : une part supposée pour les réserves des Premières Nations, dont la population est plus jeune que celle de l’Ontario ({ontario} au Recensement de 2021). Les chiffres réels peuvent être importés.',
		serviceNote: 'Remarque sur l’attribution'
	},
	services: {
		title: 'Services de police',
		intro: '{count} services de police : services municipaux et régionaux, unités de la PPO (approximées par division de recensement) et services de police autogérés des Premières Nations.',
		name: 'Service de police',
		kind: 'Type',
		region: 'Région de la PPO',
		communities: 'Collectivités',
		population: 'Population desservie',
		member: 'Membre de la Stratégie EEI (2022)',
		sworn: 'Agents assermentés',
		yes: 'Oui',
		no: 'Non',
		swornSource: 'Source des effectifs assermentés',
		oppApproximation: 'Les secteurs des détachements de la PPO sont approximés par division de recensement; les limites réelles diffèrent.',
		communitiesServed: 'Collectivités desservies',
		compareLink: 'Comparer avec des services semblables'
	},
	kinds: {
		municipal: 'Municipal',
		opp: 'Police provinciale de l’Ontario',
		first_nations: 'Premières Nations'
	},
	confidence: {
		high: 'Élevée',
		medium: 'Moyenne',
		low: 'Faible'
	},
	csdTypes: {
		C: 'Cité (C)',
		CV: 'Cité (CV)',
		CY: 'Cité',
		IRI: 'Réserve indienne',
		M: 'Municipalité',
		MU: 'Municipalité',
		NO: 'Non organisé',
		'S-É': 'Établissement indien',
		T: 'Ville',
		TP: 'Canton',
		TV: 'Ville',
		VL: 'Village'
	}
};
