/** French words of the metric registry; English beside it in sections/metrics.ts (same keys, checked by the type system). */
import { REMOTENESS_KM } from '../../domain/metrics/coverage';
import type { Messages } from '../messages';

const T4 = 'au cours des quatre derniers trimestres';

export const metricsFr: Messages['metrics'] = {
	investigators_per_100k: {
		label: 'Enquêteurs EEI pour 100 000 habitants',
		shortLabel: 'Enquêteurs / 100 000 hab.',
		definition:
			'Équivalents temps plein (ETP) d’enquêteurs affectés à la lutte contre l’exploitation des enfants sur Internet (EEI) au cours du trimestre, pour 100 000 résidents des collectivités desservies par le service de police. Chaque collectivité reprend la valeur de son service.'
	},
	investigators_per_10k_children: {
		label: 'Enquêteurs EEI pour 10 000 enfants',
		shortLabel: 'Enquêteurs / 10 000 enfants',
		definition:
			'Équivalents temps plein d’enquêteurs EEI au cours du trimestre, pour 10 000 enfants de 0 à 17 ans (estimation) dans les collectivités desservies par le service.'
	},
	referrals_per_investigator: {
		label: 'Renvois par enquêteur EEI (en rythme annuel)',
		shortLabel: 'Renvois / enquêteur',
		definition:
			`Renvois reçus ${T4}, ramenés sur une année lorsque moins de quatre trimestres ont été déclarés, par équivalent temps plein d’enquêteur EEI au trimestre courant. Non défini pour un service sans enquêteur. Pour une collectivité, la valeur est celle de son répondant : les renvois de toutes les collectivités que l’unité dessert, les siennes et celles qu’elle aide, par enquêteur.`
	},
	referrals_received: {
		label: 'Renvois reçus',
		shortLabel: 'Renvois',
		definition:
			'Dossiers d’enquête reçus au cours du trimestre, du Centre national de coordination contre l’exploitation des enfants (CNCEE) de la GRC ou d’un autre service de police.'
	},
	investigations_opened: {
		label: 'Enquêtes ouvertes',
		shortLabel: 'Ouvertes',
		definition:
			'Enquêtes EEI ouvertes par le service au cours du trimestre.'
	},
	investigations_concluded: {
		label: 'Enquêtes conclues',
		shortLabel: 'Conclues',
		definition:
			'Enquêtes EEI conclues par le service au cours du trimestre, quelle qu’en soit l’issue.'
	},
	clearance_ratio: {
		label: 'Ratio de résolution sur quatre trimestres (conclues ÷ ouvertes)',
		shortLabel: 'Ratio de résolution (4 trimestres)',
		definition:
			`Enquêtes conclues ${T4}, divisées par les enquêtes ouvertes au cours des mêmes trimestres. Au-dessus de 1, l’unité ferme plus de dossiers qu’elle n’en ouvre et son arriéré diminue; non défini si aucune enquête n’a été ouverte.`,
		thresholds: ['autant de conclues que d’ouvertes']
	},
	charges_laid: {
		label: 'Accusations portées',
		shortLabel: 'Accusations',
		definition:
			'Accusations portées dans le cadre d’enquêtes EEI au cours du trimestre.'
	},
	victims_identified: {
		label: 'Victimes identifiées',
		shortLabel: 'Victimes identifiées',
		definition:
			'Enfants victimes identifiés dans le cadre d’enquêtes EEI au cours du trimestre.'
	},
	open_backlog: {
		label: 'Arriéré de dossiers ouverts',
		shortLabel: 'Arriéré',
		definition:
			'Dossiers EEI ouverts et non encore conclus à la fin du trimestre.'
	},
	open_backlog_trend: {
		label: 'Variation de l’arriéré sur quatre trimestres',
		shortLabel: 'Variation de l’arriéré (1 an)',
		definition:
			'Arriéré à la fin du trimestre moins l’arriéré quatre trimestres plus tôt (une différence, et non une pente). Une valeur positive signifie que l’arriéré a augmenté sur un an.'
	},
	forensic_backlog_per_examiner: {
		label: 'Arriéré d’appareils par examinateur judiciaire',
		shortLabel: 'Appareils / examinateur',
		definition:
			'Appareils numériques en attente d’examen judiciaire à la fin du trimestre, par équivalent temps plein d’examinateur en criminalistique numérique. Non défini pour un service sans examinateur.'
	},
	funding_per_capita: {
		label: 'Financement de la Stratégie EEI par habitant',
		shortLabel: 'Financement / habitant',
		definition:
			'Financement versé au service au titre de la Stratégie provinciale EEI pour l’exercice qui comprend le trimestre, par résident des collectivités qu’il dessert.'
	},
	funding_per_referral: {
		label: 'Financement de la Stratégie EEI par renvoi',
		shortLabel: 'Financement / renvoi',
		definition:
			`Financement de la Stratégie pour l’exercice qui comprend le trimestre, divisé par les renvois reçus ${T4}, en rythme annuel.`
	},
	project_p_share: {
		label: 'Part des dossiers confiés au projet P',
		shortLabel: 'Confiés au projet P',
		definition:
			`Dossiers que le service a confiés au projet P de la Police provinciale de l’Ontario (Unité de lutte contre l’exploitation sexuelle des enfants) ${T4}, en proportion des renvois reçus au cours des mêmes trimestres.`
	},
	distance_to_ice_unit_km: {
		label: 'Distance jusqu’à la base du répondant',
		shortLabel: 'Distance au répondant',
		definition:
			'Distance orthodromique entre un point situé dans la collectivité et la base de son répondant, l’unité qui traite ses dossiers : l’unité EEI de son propre service, ou l’équipe de la PPO de sa région (quartier général régional). L’unité d’un service est basée dans sa collectivité la plus peuplée.'
	},
	remoteness_class: {
		label: 'Éloignement des services EEI',
		shortLabel: 'Éloignement',
		definition:
			`Accès urbain : base du répondant à moins de ${REMOTENESS_KM.urban_access_below} km; rural : à moins de ${REMOTENESS_KM.rural_below} km; éloigné : à ${REMOTENESS_KM.rural_below} km ou plus, ou aucune unité dans la province; accès par avion : aucune route praticable toute l’année, quelle que soit la distance. Valeurs par défaut de la politique.`,
		thresholds: ['accès urbain', 'rural']
	},
	gap_level: {
		label: 'Niveau de lacune de couverture',
		shortLabel: 'Niveau de lacune',
		definition:
			'La règle de lacune la plus grave que remplit la collectivité (aucune, surveillance, lacune), portée à « critique » lorsque deux règles ou plus atteignent le niveau « lacune ». Chaque règle et son seuil figurent dans les motifs.'
	},
	project_p_recommended: {
		label: 'Aide du projet P recommandée',
		shortLabel: 'Projet P',
		definition:
			'L’aide du projet P de la Police provinciale est recommandée lorsque le niveau de lacune est critique, ou lorsqu’il est « lacune » et que le service de police n’a pas d’unité EEI.'
	},
	prevention_reach_share: {
		label: 'Part des élèves de 7e et 8e année joints par les leçons de prévention',
		shortLabel: 'Élèves de 7e-8e joints',
		definition:
			'Élèves de 7e et 8e année ayant suivi les leçons de prévention sur la sécurité en ligne (CYBERCOPS) au cours de l’année scolaire, divisés par le nombre d’élèves de 7e et 8e année de la collectivité (estimé à partir des enfants de 0 à 17 ans × 2/18 jusqu’à l’importation des effectifs).'
	},
	teachers_trained_per_1k_students: {
		label: 'Enseignants formés pour 1 000 élèves de 7e et 8e année',
		shortLabel: 'Enseignants / 1 000 élèves',
		definition:
			'Enseignants formés pour donner les leçons de prévention au cours de l’année scolaire, pour 1 000 élèves de 7e et 8e année de la collectivité.'
	},
	current_training_share: {
		label: 'Enquêteurs EEI dont la formation est à jour',
		shortLabel: 'Formation à jour',
		definition:
			'Enquêteurs (ou, pour un bureau de la Couronne, procureurs) affectés aux dossiers d’exploitation des enfants sur Internet dont la dernière formation EEI date de l’année de référence ou des deux années précédentes, divisés par leur nombre total.',
		thresholds: ['formation de tous à jour']
	},
	registry_verification_rate: {
		label: 'Taux de vérification des adresses inscrites au registre',
		shortLabel: 'Taux de vérification',
		definition:
			'Délinquants sexuels inscrits au registre sur le territoire du service de police dont l’adresse a été vérifiée au cours du trimestre, divisés par le nombre total d’inscrits sur ce territoire. Un total par service : l’atlas ne contient aucune donnée individuelle.'
	}
};
