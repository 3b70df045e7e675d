/** French strings of the coverage section; English beside it in sections/coverage.ts (same keys, checked by the type system). Kept apart so a reader's language loads alone. */
import type { Messages } from '../messages';

export const coverageFr: Messages['coverage'] = {
	sectionTitle: 'Couverture EEI',
	periodLabel: 'Trimestre',
	periodSubmit: 'Afficher le trimestre',
	level: 'Niveau de lacune',
	reasonsTitle: 'Motifs',
	noReasons: 'Aucune règle de lacune ne s’applique pour ce trimestre.',
	serviceReasonsNote:
		'Motifs qui valent pour tout le service de police; chaque collectivité y ajoute les siens (distance jusqu’à une unité EEI).',
	projectP: {
		title: 'Aide du projet P',
		recommended: 'Recommandée',
		notRecommended: 'Non recommandée',
		assisted_overloaded: 'Le service de police n’a pas d’unité EEI et l’équipe de la PPO qui l’aide est surchargée.',
		assisted_far: 'Le service de police n’a pas d’unité EEI et l’équipe de la PPO qui l’aide est éloignée.',
		assisted_fly_in: 'Le service de police n’a pas d’unité EEI et la collectivité n’est accessible que par avion.',
		serviceNote: 'pour {count} des collectivités qu’il dessert.'
	},
	nearestUnit: 'Unité EEI la plus proche',
	nearestUnitOwn: 'Son propre service de police',
	nearestUnitNone: 'Aucun service de police de la province ne déclare d’unité EEI.',
	responder: {
		title: 'Qui traite ses renvois',
		unit: 'Répondant',
		relationship: {
			own: 'l’unité EEI de son propre service de police',
			opp: 'l’équipe de la PPO de sa région (la PPO la dessert)',
			assisted: 'l’équipe de la PPO de sa région, qui aide un service de police sans unité EEI (projet P)'
		},
		base: 'Base du répondant',
		baseValue: '{base}, à {distance} à vol d’oiseau',
		access: 'Accès',
		accessValue: { road: 'Par la route, en deçà du seuil de distance', far: 'Éloignée : au-delà du seuil de distance', fly_in: 'Par avion seulement : aucune route praticable toute l’année' },
		load: 'Charge du répondant',
		loadValue: '{load} renvois par enquêteur par année, pour toutes les collectivités qu’il dessert',
		capacity: { ok: 'Sous les seuils', stretched: 'Sous tension', overloaded: 'Surchargé' }
	},
	remoteness: 'Éloignement',
	iceUnit: 'Unité EEI',
	iceUnitYes: 'Oui',
	iceUnitNo: 'Non',
	notReported: 'Ce service de police n’a déclaré aucune donnée EEI pour ce trimestre.',
	disclosureNote:
		'Les nombres de 1 à 4 sont affichés « <5 » et les taux calculés à partir de ceux-ci ne sont pas communiqués, car votre compte n’est pas autorisé à consulter la charge de travail de ce service de police.',
	metricsTitle: 'Indicateurs par rapport à la province',
	metricsIntro:
		'Chaque valeur pour {period}, à côté de la médiane provinciale et de la moitié centrale des valeurs (du premier au troisième quartile). La capacité, la charge de travail et le financement sont ceux du service de police, partagés par ses collectivités; les renvois par enquêteur et la file d’attente en criminalistique sont ceux du répondant (l’unité qui traite ses dossiers), pour toutes les collectivités qu’il dessert.',
	table: {
		metric: 'Indicateur',
		valueCommunity: 'Cette collectivité',
		valueService: 'Ce service de police',
		median: 'Médiane provinciale',
		quartiles: 'Moitié centrale (Q1 à Q3)',
		comparison: 'Par rapport à la médiane',
		over: { services: 'sur {n} services', communities: 'sur {n} collectivités' }
	},
	comparison: {
		better: 'Meilleur',
		worse: 'Moins bon',
		above: 'Au-dessus',
		below: 'En dessous',
		equal: 'À la médiane'
	},
	trendsTitle: 'Tendances par trimestre',
	trendsIntro:
		'Chaque indicateur de {first} à {last}; la ligne pointillée marque {period}. Les quartiles et médianes provinciaux inférieurs à 5 ne sont pas tracés : un tel chiffre est le nombre d’un seul service.',
	trend: {
		title: '{metric}, {subject}, par trimestre',
		summary: '{first} : {start}. {last} : {end}; médiane provinciale {median}.',
		noData: 'Aucune donnée',
		hiddenNote: 'Interruptions de la ligne : les valeurs fondées sur des nombres inférieurs à 5 ne sont pas affichées.',
		period: 'Trimestre',
		value: 'Valeur',
		median: 'Médiane provinciale',
		quartiles: 'Moitié centrale (Q1 à Q3)',
		range: '{q1} à {q3}'
	},
	legend: {
		community: 'Cette collectivité',
		service: 'Ce service de police',
		median: 'Médiane provinciale',
		quartiles: 'Moitié centrale de la province (Q1 à Q3)'
	},
	communitiesLevel: 'Niveau de lacune',
	noData: 'Aucune donnée EEI n’est encore chargée.',
	gaps: {
		title: 'Lacunes de couverture',
		intro:
			'Les collectivités dont le répondant (l’unité qui traite leurs dossiers) est sous tension, surchargé ou éloigné, des plus urgentes aux moins urgentes : selon le niveau, puis l’accès (par avion, éloignée, par la route), puis la charge du répondant. Chaque ligne donne ses motifs, en nommant à qui appartient chaque chiffre.',
		filtersLabel: 'Filtrer la liste',
		levelLegend: 'Niveau de lacune',
		levelHint: 'Aucune case cochée : toutes les collectivités signalées.',
		region: 'Région de la PPO',
		kind: 'Type de service de police',
		any: 'Tous',
		projectPOnly: 'Seulement là où l’aide du projet P est recommandée',
		apply: 'Appliquer les filtres',
		clear: 'Effacer les filtres',
		summary: '{shown} des {flagged} collectivités signalées correspondent pour {period} : niveau critique {critical}, lacune {gap}, surveillance {watch}.',
		projectPSummary: 'L’aide du projet P est recommandée pour {count} d’entre elles.',
		noneMatch: 'Aucune collectivité signalée ne correspond à ces filtres.',
		tableCaption: 'Collectivités signalées, {period}, des plus urgentes aux moins urgentes',
		servicesTitle: 'Services de police signalés',
		servicesCaption: 'Services de police ayant au moins une collectivité signalée, {period}, des plus urgents aux moins urgents',
		servicesChildren: 'Enfants desservis (estimation)',
		remotest: 'Collectivité la plus éloignée d’une unité EEI',
		communitiesFlagged: 'Collectivités signalées',
		rank: 'Rang',
		community: 'Collectivité',
		service: 'Service de police',
		children: 'Enfants (estimation)',
		distance: 'Distance jusqu’à la base du répondant',
		projectP: 'Projet P',
		reasons: 'Motifs',
		yes: 'Recommandée',
		no: 'Non',
		downloadCsv: 'Télécharger cette liste (CSV)',
		pagesLabel: 'Pages de la liste',
		previousPage: 'Page précédente',
		nextPage: 'Page suivante',
		rowsShown: 'Lignes {first} à {last} sur {count}',
		editThresholds: 'Modifier les seuils de lacune',
		thresholdsTitle: 'Seuils en vigueur'
	},
	thresholds: {
		title: 'Seuils de lacune',
		intro:
			'Les règles de lacune comparent chaque collectivité et chaque service de police à ces seuils. Ce sont des choix de politique, et non des constats : aucune norme publique ne fixe la charge de travail ni l’effectif en matière d’EEI. Une modification s’applique aussitôt à toutes les pages, exportations et réponses de l’API, et elle est consignée dans le journal d’audit.',
		hint: 'De {min} à {max}. Valeur par défaut : {default}.',
		wholeNumber: 'Un nombre entier.',
		save: 'Enregistrer les seuils',
		saved: 'Les seuils ont été enregistrés. Les niveaux de lacune en tiennent compte dès maintenant.',
		errorTitle: 'Un problème est survenu',
		errorIntro: 'Corrigez les champs ci-dessous; rien n’a été enregistré.',
		back: 'Retour aux lacunes de couverture',
		lastChange: 'Dernière modification par {who} le {when} (UTC).',
		noChange: 'Aucune modification n’a encore été consignée : ce sont les valeurs par défaut documentées.',
		fields: {
			referrals_stretched_per_investigator: 'Répondant sous tension au-delà de (renvois par enquêteur par année)',
			referrals_overloaded_per_investigator: 'Répondant surchargé au-delà de (renvois par enquêteur par année)',
			backlog_growth_quarters: 'Trimestres consécutifs de hausse de l’arriéré',
			forensic_devices_per_examiner: 'Appareils en attente d’examen par examinateur',
			distance_km: 'Distance jusqu’à la base la plus proche du répondant (km)'
		},
		problems: {
			not_object: 'Les seuils doivent former un objet.',
			unknown_field: '« {field} » n’est pas un seuil.',
			required: '{name} : valeur obligatoire.',
			integer: '{name} : un nombre entier est attendu.',
			min_value: '{name} : au moins {limit}.',
			max_value: '{name} : au plus {limit}.',
			below_stretched: '{name} : doit être supérieur ou égal au seuil « sous tension ».',
			not_number: '{name} : un nombre est attendu.'
		}
	}
};
