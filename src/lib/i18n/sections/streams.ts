/**
 * Strings of the strategy-stream pages (/streams and its three pages: prevention, training, registry),
 * in English and French (same keys: fr.ts checks streamsFr through the Messages type). Metric labels
 * come from the registry (metrics.ts `streamMetrics`), level names from the coverage engine.
 */
import type { Messages } from '../messages';

export const streamsEn = {
	nav: 'Strategy streams',
	title: 'Strategy streams beyond policing',
	intro:
		'Ontario’s strategy against internet child exploitation had more arms than policing: prevention lessons in Grades 7 and 8, the Attorney General’s task force training investigators and Crowns, and a Toronto pilot verifying the addresses of registered sex offenders. Where they reach, and where they do not, beside ICE coverage.',
	illustrative:
		'Illustrative data: no public source gives prevention reach, ICE training or registry verification per community or service. These figures are generated for demonstration, not real.',
	importHint: 'Planners replace them with real figures on the Imports page (kinds prevention, training and registry); imported rows lose the illustrative flag.',
	show: 'Show',
	exportCsv: 'Download CSV',
	more: 'Details',
	flag: 'Flag',
	noFigures: 'No figures are loaded yet.',
	rules: {
		no_prevention_reach: 'No prevention reach where a coverage gap exists',
		untrained_ice_investigators: 'ICE investigators without current training'
	},
	prevention: {
		title: 'Prevention in schools',
		intro:
			'CYBERCOPS internet-safety lessons for Grades 7 and 8, with teacher training and resources from the Ontario Physical and Health Education Association (fall 2005). Grade 7–8 students are estimated as children aged 0 to 17 × 2/18 until enrolment is imported.',
		schoolYear: 'School year',
		community: 'Community',
		students: 'Grade 7–8 students',
		classrooms: 'Classrooms reached',
		reached: 'Students reached',
		teachers: 'Teachers trained',
		level: 'Coverage level',
		province: 'Ontario (communities with figures)',
		flagged: 'Communities at gap or critical level with no prevention reach: {count}',
		onlyFlagged: 'Flagged communities only',
		allCommunities: 'All communities'
	},
	training: {
		title: 'Task-force training',
		intro:
			'The Attorney General’s Task Force on Internet Crimes Against Kids (2004) built training and best practices for investigators and Crowns. Training counts as current when taken in the reference year or the two before it.',
		year: 'Reference year',
		office: 'Office',
		kind: 'Kind',
		kinds: { police_service: 'Police service', crown_office: 'Crown office' },
		staff: 'ICE investigators or Crowns',
		trained: 'With ICE training',
		current: 'Training current',
		latest: 'Most recent training',
		without: 'Without current training',
		flagged: 'Police services with ICE investigators lacking current training: {count}'
	},
	registry: {
		title: 'Offender-registry compliance',
		intro:
			'Address verification of registered sex offenders, shaped on the 2004–05 Toronto pilot (two years, about 1,000 registrants, $700,000). Aggregates per police service and quarter only: the atlas holds no individual.',
		plannerOnly: 'Ministry planners only.',
		quarter: 'Quarter',
		program: 'Program',
		service: 'Police service',
		quarters: 'Quarters',
		budget: 'Budget',
		target: 'Registrants targeted',
		registrants: 'Registrants',
		verified: 'Addresses verified',
		nonCompliant: 'Non-compliant located'
	}
};

export const streamsFr: Messages['streams'] = {
	nav: 'Volets de la stratégie',
	title: 'Volets de la stratégie au-delà du travail policier',
	intro:
		'La stratégie de l’Ontario contre l’exploitation des enfants sur Internet comptait d’autres volets que le travail policier : des leçons de prévention en 7e et 8e année, le groupe de travail du procureur général qui forme enquêteurs et procureurs de la Couronne, et un projet pilote à Toronto de vérification des adresses des délinquants sexuels inscrits au registre. Où ils se rendent, et où ils ne se rendent pas, à côté de la couverture EEI.',
	illustrative:
		'Données illustratives : aucune source publique ne fournit la portée de la prévention, la formation EEI ou la vérification du registre par collectivité ou par service. Ces chiffres sont générés à des fins de démonstration et ne sont pas réels.',
	importHint: 'Les planificateurs les remplacent par des chiffres réels dans la page Importations (types prévention, formation et registre); les lignes importées perdent la mention illustrative.',
	show: 'Afficher',
	exportCsv: 'Télécharger le CSV',
	more: 'Détails',
	flag: 'Indicateur',
	noFigures: 'Aucun chiffre n’est encore chargé.',
	rules: {
		no_prevention_reach: 'Aucune prévention là où il existe une lacune de couverture',
		untrained_ice_investigators: 'Enquêteurs EEI dont la formation n’est pas à jour'
	},
	prevention: {
		title: 'Prévention dans les écoles',
		intro:
			'Leçons de sécurité en ligne CYBERCOPS pour la 7e et la 8e année, avec formation des enseignants et ressources de l’Ontario Physical and Health Education Association (automne 2005). Le nombre d’élèves de 7e et 8e année est estimé à partir des enfants de 0 à 17 ans × 2/18 jusqu’à l’importation des effectifs.',
		schoolYear: 'Année scolaire',
		community: 'Collectivité',
		students: 'Élèves de 7e et 8e année',
		classrooms: 'Classes jointes',
		reached: 'Élèves joints',
		teachers: 'Enseignants formés',
		level: 'Niveau de couverture',
		province: 'Ontario (collectivités avec chiffres)',
		flagged: 'Collectivités au niveau « lacune » ou « critique » sans aucune prévention : {count}',
		onlyFlagged: 'Collectivités signalées seulement',
		allCommunities: 'Toutes les collectivités'
	},
	training: {
		title: 'Formation du groupe de travail',
		intro:
			'Le Groupe de travail du procureur général sur les crimes commis contre des enfants sur Internet (2004) a élaboré formation et pratiques exemplaires pour les enquêteurs et les procureurs de la Couronne. Une formation est à jour si elle a été suivie pendant l’année de référence ou les deux années précédentes.',
		year: 'Année de référence',
		office: 'Bureau',
		kind: 'Type',
		kinds: { police_service: 'Service de police', crown_office: 'Bureau de la Couronne' },
		staff: 'Enquêteurs EEI ou procureurs',
		trained: 'Ayant une formation EEI',
		current: 'Formation à jour',
		latest: 'Dernière formation',
		without: 'Formation non à jour',
		flagged: 'Services de police dont des enquêteurs EEI n’ont pas une formation à jour : {count}'
	},
	registry: {
		title: 'Conformité au registre des délinquants',
		intro:
			'Vérification des adresses des délinquants sexuels inscrits au registre, sur le modèle du projet pilote de Toronto de 2004-2005 (deux ans, environ 1 000 inscrits, 700 000 $). Totaux par service de police et par trimestre seulement : l’atlas ne contient aucune donnée individuelle.',
		plannerOnly: 'Réservé aux planificateurs du ministère.',
		quarter: 'Trimestre',
		program: 'Programme',
		service: 'Service de police',
		quarters: 'Trimestres',
		budget: 'Budget',
		target: 'Inscrits visés',
		registrants: 'Inscrits',
		verified: 'Adresses vérifiées',
		nonCompliant: 'Non conformes retrouvés'
	}
};
