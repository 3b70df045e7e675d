/** French strings of the streams section; English beside it in sections/streams.ts (same keys, checked by the type system). Kept apart so a reader's language loads alone. */
import type { Messages } from '../messages';

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
