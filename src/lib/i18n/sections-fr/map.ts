/** French strings of the map section; English beside it in sections/map.ts (same keys, checked by the type system). Kept apart so a reader's language loads alone. */
import type { MapStrings } from '../sections/map';
import type { mapEn } from '../sections/map';

const mapComponentFr: MapStrings = {
	mapLabel: 'Carte : {title}, {period}',
	keyboardHelp:
		'Utilisez les flèches pour passer d’une collectivité à l’autre, Entrée pour en ouvrir une, + et − pour zoomer.',
	communityLabel: '{name} ({service}) : {value}',
	levelLabel: 'niveau de lacune {level}',
	tooltip: { service: 'Service de police', value: 'Valeur', level: 'Niveau de lacune' },
	levels: { none: 'aucun', watch: 'surveillance', gap: 'lacune', critical: 'critique' },
	legend: {
		title: 'Légende',
		range: '{min} – {max}',
		rangeBelow: '{min} à moins de {max}',
		countOne: '{count} collectivité',
		countOther: '{count} collectivités',
		categories: {
			none: 'Aucune lacune',
			watch: 'Surveillance',
			gap: 'Lacune',
			critical: 'Critique',
			urban_access: 'Accès urbain (moins de 50 km)',
			rural: 'Rural (50 à 150 km)',
			remote: 'Éloigné (150 km ou plus)',
			fly_in: 'Accessible par avion seulement',
			no: 'Non',
			yes: 'Oui'
		},
		special: { suppressed: 'Supprimé (<5)', no_population: 'Population non disponible', no_data: 'Aucune donnée' },
		requests: 'Demande ouverte au Projet P',
		levelRule:
			'Niveau = la charge de l’unité qui dessert la collectivité (son répondant) × la façon de l’atteindre. Critique : un répondant surchargé, éloigné ou accessible seulement par avion.',
		levelRuleLink: 'Comment le niveau est établi'
	},
	controls: {
		label: 'Affichage de la carte',
		zoomIn: 'Zoom avant',
		zoomOut: 'Zoom arrière',
		reset: 'Réinitialiser la vue',
		presetsLabel: 'Zoomer sur',
		presets: { province: 'Province', south: 'Sud', gta: 'RGT', north: 'Nord' },
		exportLabel: 'Télécharger la carte',
		exportSvg: 'Télécharger la carte (SVG)',
		exportPng: 'Télécharger la carte (PNG)'
	}
};

export const mapFr: typeof mapEn = {
	component: mapComponentFr,
	title: 'Carte de la couverture en matière d’EEI',
	intro:
		'Chaque collectivité de l’Ontario, colorée selon la capacité, la charge de travail, le financement ou le niveau de lacune en matière d’EEI du service de police qui la dessert.',
	headline: {
		label: 'En bref, {period}',
		flagged: 'Collectivités signalées',
		flaggedNote: 'surveillance, lacune ou critique',
		projectP: 'Sur la liste du Projet P',
		projectPNote: 'aide recommandée',
		children: 'Enfants concernés',
		childrenNote: '0 à 17 ans, estimation',
		investigators: 'Enquêteurs en EEI',
		investigatorsNote: 'équivalents temps plein',
		funding: 'Financement de la Stratégie',
		fundingNote: 'exercice {year}'
	},
	optionsLabel: 'Options de la carte',
	filtersLabel: 'Filtres et contours',
	metricLabel: 'Indicateur',
	periodLabel: 'Trimestre',
	methodLabel: 'Classes',
	methods: { quantile: 'Quantiles', ckmeans: 'Seuils naturels (ckmeans)', thresholds: 'Seuils de l’indicateur' },
	regionLabel: 'Région de la PPO',
	regions: { West: 'Ouest', Central: 'Centre', East: 'Est', 'North East': 'Nord-Est', 'North West': 'Nord-Ouest' },
	kindLabel: 'Type de service',
	levelFilterLabel: 'Niveau de lacune',
	all: 'Tous',
	apply: 'Mettre la carte à jour',
	outlinesLegend: 'Contours',
	outlinesServices: 'Contours des services de police',
	outlinesDivisions: 'Limites des divisions de recensement',
	searchLabel: 'Trouver une collectivité',
	searchButton: 'Trouver',
	searchNoMatch: 'Aucune collectivité ne correspond à « {query} ».',
	tableTitle: 'Collectivités de cette vue',
	tableValue: 'Valeur',
	tableLevel: 'Niveau de lacune',
	tableProjectP: 'Projet P recommandé',
	showOnMap: 'Afficher {name} sur la carte',
	sortBy: 'Trier par {column}',
	downloadCsv: 'Télécharger les données (CSV)',
	noInvestigator: 'Aucun enquêteur en EEI (pas d’unité)',
	noExaminer: 'Aucun examinateur judiciaire',
	source:
		'Sources : Statistique Canada, Recensement de 2021 (limites, population); compétence policière compilée; chiffres d’EEI ILLUSTRATIFS (non réels).',
	summaryGaps: '{count} collectivités au niveau lacune ou critique en {period}, la plupart dans la région {region}.',
	summaryGapsNone: 'Aucune collectivité n’est au niveau lacune ou critique en {period}.',
	summaryProjectP: 'L’aide du Projet P est recommandée pour {count} collectivités ({children} enfants, estimation).',
	regionUnknown: 'non attribuée',
	showing: '{shown} collectivités affichées sur {total}.'
};
