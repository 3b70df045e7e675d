/** French strings of the compare section; English beside it in sections/compare.ts (same keys, checked by the type system). Kept apart so a reader's language loads alone. */
import type { Messages } from '../messages';

export const compareFr: Messages['compare'] = {
	nav: 'Comparer',
	index: {
		title: 'Comparer avec des services semblables',
		intro:
			'Choisissez un service de police pour voir sa capacité et sa charge de travail EEI à côté de celles des services qui lui ressemblent le plus et de toute la province, comme les profils « Value for Money » de la HMICFRS comparent les forces de police d’Angleterre et du pays de Galles.',
		serviceLabel: 'Service de police',
		submit: 'Comparer',
		sideBySide: 'Ou placer jusqu’à quatre services côte à côte',
		kindHeading: 'Services : {kind}'
	},
	title: '{service} comparé à des services semblables',
	lead: '{service} au {period}, par rapport {group} et à l’ensemble des services de l’Ontario.',
	controls: {
		label: 'Paramètres de la comparaison',
		period: 'Trimestre',
		group: 'Comparer avec',
		k: 'Nombre de services les plus semblables',
		kHint: 'plus semblables seulement',
		submit: 'Mettre à jour la comparaison'
	},
	groupOptions: {
		similar: 'Services les plus semblables',
		kind: 'Services du même type',
		region: 'Services de la même région de la Police provinciale'
	},
	// Each with its preposition: French contracts it (« à les » becomes « aux »).
	groupNames: {
		similar: 'à ses {count} services les plus semblables',
		kind: 'aux {count} autres services du même type ({kind})',
		region: 'aux {count} autres services de la région {region} de la Police provinciale',
		parts: 'à ses {count} équipes régionales'
	},
	actions: {
		csv: 'Télécharger la comparaison (CSV)',
		print: 'Imprimer une note d’information',
		sideBySide: 'Côte à côte avec ses pairs les plus proches',
		another: 'Comparer un autre service'
	},
	peers: {
		heading: 'Groupe de comparaison',
		similarIntro:
			'Choisis selon une distance normalisée sur le contexte dans lequel travaille le service, jamais sur sa capacité EEI : population, densité, part des enfants, distance d’un grand centre urbain et renvois pour 100 000 habitants. Du plus proche au plus éloigné; une distance de 0 signifierait un contexte identique.',
		kindIntro: 'Tous les autres services du même type.',
		regionIntro: 'Tous les autres services de la même région de la Police provinciale.',
		partsIntro:
			'La Police provinciale est un seul service de police dont les enquêteurs EEI travaillent en cinq équipes régionales. Chaque équipe, avec les collectivités que la Police provinciale dessert dans sa région, est comparée aux autres services comme un service à part entière; la Police provinciale dans son ensemble est comparée à ses équipes et n’est classée nulle part, pour qu’aucun chiffre ne compte deux fois.',
		noRegion:
			'{service} dessert des collectivités de plusieurs régions de la Police provinciale : il n’a donc pas de groupe régional. Choisissez un autre regroupement.',
		empty: 'Ce groupe ne compte aucun autre service.',
		caption: 'Contexte : {service} et son groupe de comparaison',
		rank: 'Rang',
		service: 'Service de police',
		distance: 'Distance',
		thisService: 'Ce service',
		methodSummary: 'Comment les services les plus semblables sont choisis',
		method1:
			'Chaque caractéristique est ramenée à une échelle commune (cote z : écart à la moyenne de tous les services de l’Ontario, divisé par leur écart-type); la population, la densité et la distance sont d’abord converties en logarithmes, pour qu’une métropole n’écrase pas toutes les autres différences.',
		method2:
			'La distance entre deux services est la racine carrée de la somme des carrés des écarts sur les caractéristiques utilisées, pondérées également. Les {k} services les plus proches forment le groupe (la HMICFRS en retient 7). Les égalités sont départagées par l’identifiant du service.',
		method3:
			'Un grand centre urbain est une subdivision de recensement de 100 000 habitants ou plus. Seuls les chiffres publiés pour tous les lecteurs sont utilisés, de sorte que chacun obtient le même groupe : un taux de renvois fondé sur 1 à 4 renvois, ou une part d’enfants estimée, n’est utilisé pour personne. Une caractéristique égale pour tous les services est écartée. Un service dont la population est inconnue est laissé de côté, jamais placé à la moyenne. Le groupe est fixé pour le trimestre comparé et conservé pour les graphiques de tendance.',
		used: 'Les distances utilisent : {features}.',
		notUsed: 'Non utilisées : {features}.',
		unknown: '{feature} (non publiée pour tous les services)',
		noVariance: '{feature} (la même pour tous les services)',
		leftOut: 'Laissés de côté dans tous les groupes des plus semblables, faute de population connue : {services}.',
		selfLeftOut: '{service} n’a pas de population connue : il ne peut donc pas être situé parmi les autres services et n’a pas de groupe des plus semblables. Choisissez le regroupement par type ou par région.'
	},
	features: {
		perKm2: '{value} au km²'
	},
	glance: {
		heading: 'En bref',
		caption: '{service}, {period} : chaque indicateur par rapport {group} et à l’Ontario',
		metric: 'Indicateur',
		service: 'Ce service',
		percentile: 'Centile en Ontario',
		group: 'Moyenne du groupe',
		difference: 'Par rapport au groupe',
		province: 'Moyenne de l’Ontario',
		above: '{value} au-dessus',
		below: '{value} en dessous',
		same: 'à peu près égal',
		toneSeparator: ' : ',
		averageOf: 'sur {count} services',
		averageHidden: '{count} non publiés',
		averageTooFew: 'trop peu de valeurs',
		notCompared: 'Un dénombrement, présenté tel quel : les dénombrements de services de tailles différentes ne sont ni classés ni moyennés; comparez les taux.'
	},
	directions: {
		higher_is_better: 'Plus élevé est mieux',
		higher_is_worse: 'Plus élevé est moins bien',
		neutral: 'Ni plus élevé ni plus bas n’est mieux'
	},
	percentile: {
		label: '{ordinal} centile',
		none: 'Aucun centile',
		noUnit: 'Aucune unité',
		noUnitExplain: 'Une valeur de 0 parce que le service n’a pas de personnel de ce type; elle n’est pas située dans le classement des autres',
		explain: 'Supérieur à {share} des {count} services ayant une valeur publiée'
	},
	rankings: {
		heading: 'Classements',
		intro:
			'Tous les services de l’Ontario ayant une valeur publiée, du plus élevé au plus bas. {service} est la barre foncée marquée de son nom; les barres de son groupe sont bleues, surmontées d’un point; les lignes sont les moyennes pondérées du groupe et de l’Ontario.',
		printNote:
			'Colonnes : tous les services ayant une valeur publiée, du plus élevé au plus bas; {service} en foncé et nommé, son groupe de comparaison en bleu surmonté d’un point, les autres en gris. Tirets : moyenne du groupe; pointillés : moyenne de l’Ontario. Les moyennes sont pondérées par le dénominateur de chaque taux (population, enfants, enquêteurs, examinateurs, renvois ou enquêtes ouvertes), les nombres sont des moyennes simples, et seules les valeurs publiées sont utilisées (les nombres de 1 à 4 et les taux qui en dépendent sont exclus). Chaque graphique indique son arrondi. Données illustratives, non réelles.'
	},
	chart: {
		label: '{metric}, {period} : {count} services classés du plus élevé au plus bas',
		summary: '{service} se classe {rank} sur {count} avec {value}. Plus élevé : {top} ({topValue}); plus bas : {bottom} ({bottomValue}).',
		summaryHidden: '{service} : {value}, non classé. Plus élevé : {top} ({topValue}); plus bas : {bottom} ({bottomValue}).',
		summaryUndefined: '{service} n’a pas de valeur ce trimestre (non déclarée, ou aucun enquêteur ni examinateur par lequel diviser) : il n’est donc pas classé. Plus élevé : {top} ({topValue}); plus bas : {bottom} ({bottomValue}).',
		summaryEmpty: 'Aucun service n’a de valeur publiée pour ce trimestre.',
		group: 'Moyenne du groupe',
		province: 'Moyenne de l’Ontario',
		legendService: 'Ce service',
		legendPeer: 'Groupe de comparaison',
		legendOther: 'Autres services',
		rounding: 'Les valeurs sont arrondies {rounding} pour l’affichage, non pour le classement.',
		hidden: '{count} services dont la valeur est inférieure à 5, ou dont le taux repose sur une telle valeur, ne sont pas affichés.',
		illustrative: 'Données illustratives, non réelles.',
		showTable: 'Afficher les valeurs sous forme de tableau',
		rank: 'Rang',
		service: 'Service de police',
		role: 'Groupe'
	},
	rounding: {
		count: 'à l’unité',
		per_100k: 'à une décimale',
		per_10k_children: 'à deux décimales',
		ratio: 'à deux décimales',
		cents: 'au cent',
		cents_per_capita: 'au cent',
		share: 'au dixième de pour cent'
	},
	weights: {
		population: 'Moyennes pondérées par la population : total du groupe sur sa population totale.',
		children: 'Moyennes pondérées par le nombre d’enfants de 0 à 17 ans : total du groupe sur ses enfants.',
		investigators_fte: 'Moyennes pondérées par les enquêteurs (ETP) : renvois du groupe sur ses enquêteurs.',
		forensic_examiners_fte: 'Moyennes pondérées par les examinateurs judiciaires (ETP) : appareils du groupe sur ses examinateurs.',
		referrals_annualised: 'Moyennes pondérées par les renvois en rythme annuel : financement du groupe sur ses renvois.',
		referrals_trailing: 'Moyennes pondérées par les renvois : dossiers du groupe confiés au projet P sur ses renvois.',
		opened_trailing: 'Moyennes pondérées par les enquêtes ouvertes : enquêtes conclues du groupe sur ses enquêtes ouvertes.',
		equal: 'Moyennes simples des nombres des services (les nombres croissent avec la taille : lisez-les avec les taux).'
	},
	trends: {
		heading: 'Tendances sur {count} trimestres',
		intro:
			'Trimestre par trimestre : le service (trait plein), la moyenne de son groupe (tirets) et celle de l’Ontario (pointillés). Le groupe reste celui choisi pour le {period}. Une interruption est un trimestre sans valeur publiée.',
		label: '{metric} : {service}, de {first} ({firstPeriod}) à {last} ({lastPeriod})',
		labelEmpty: '{metric} : aucune valeur publiée pour {service} pendant ces trimestres',
		legendService: 'Ce service',
		legendGroup: 'Moyenne du groupe',
		legendProvince: 'Moyenne de l’Ontario',
		caveat:
			'Les axes des valeurs partent de zéro. Les moyennes sont pondérées comme dans les classements et n’utilisent que les valeurs publiées; le tableau donne les valeurs arrondies comme dans les classements.',
		showTable: 'Afficher les tendances sous forme de tableau',
		quarter: 'Trimestre'
	},
	caveats: {
		heading: 'Pour bien lire ces chiffres',
		illustrative:
			'Les effectifs, la charge de travail et le financement EEI sont illustratifs jusqu’à ce qu’un ministère importe les chiffres réels; un classement de chiffres illustratifs ne dit rien des services réels.',
		disclosure:
			'Les nombres de 1 à 4 sont affichés « <5 », et les taux qui en dépendent sont confidentiels, pour les services pour lesquels vous n’avez pas d’autorisation. Les moyennes, classements et centiles n’utilisent que les valeurs que vous voyez : aucun ne révèle un chiffre masqué; une moyenne exige au moins 3 valeurs.',
		opp: 'Les unités de la Police provinciale sont approchées par division de recensement; leurs populations et superficies sont approximatives.',
		context:
			'Un contexte semblable ne signifie pas une demande semblable : une valeur basse peut refléter une autre façon de déclarer, et non une autre capacité.'
	},
	sideBySide: {
		title: 'Services côte à côte',
		intro:
			'Jusqu’à quatre services en colonnes. Chaque colonne après la première est marquée lorsqu’elle s’écarte de la première de 10 % ou plus : mieux, moins bien, ou différent lorsqu’aucun sens n’est meilleur. L’adresse de cette page conserve le choix et peut être partagée.',
		formLabel: 'Services à comparer',
		serviceN: 'Service {n}',
		none: '(aucun)',
		submit: 'Afficher côte à côte',
		caption: '{period} : {services}',
		context: 'Contexte',
		metrics: 'Capacité et charge de travail EEI',
		reference: 'référence',
		better: 'mieux',
		worse: 'moins bien',
		different: 'différent',
		province: 'Moyenne de l’Ontario',
		compareLink: 'Comparaison complète',
		pickTwo: 'Choisissez au moins deux services.',
		errors: {
			missing: 'Choisissez au moins un service de police.',
			too_many: 'Au plus 4 services peuvent être placés côte à côte; retirez-en de la liste.',
			malformed: '« {id} » n’est pas un identifiant de service de police (en minuscules, par exemple toronto ou opp-west).',
			duplicate: '{id} figure deux fois.',
			unknown: 'Il n’existe aucun service de police « {id} ».'
		}
	},
	notFound: 'Aucun service de police ne porte cet identifiant.'
};
