/** French strings of the about section; English beside it in sections/about.ts (same keys, checked by the type system). Kept apart so a reader's language loads alone. */
import type { aboutEn } from '../sections/about';

export const aboutFr: typeof aboutEn = {
	title: 'À propos des données',
	intro:
		'L’atlas combine des données de référence publiques et des chiffres d’EEI illustratifs, en attendant qu’un ministère ou un service de police importe les chiffres réels.',
	realTitle: 'Données de référence publiques',
	real: [
		'Limites et population de 2021 des 577 subdivisions de recensement de l’Ontario : Statistique Canada, Recensement de 2021 (fichiers des limites; tableau 98-10-0002-01). Treize réserves n’ont pas de chiffre en 2021 et sont présentées comme « population non disponible », jamais comme zéro.',
		'Enfants de 0 à 17 ans : une estimation, population × 19,5 % (Ontario, Recensement de 2021), × 30 % pour les réserves des Premières Nations (profil plus jeune; incertain). Les chiffres réels peuvent être importés.',
		'Service de police attitré de chaque collectivité, adhésion à la Stratégie EEI (octobre 2022) et effectifs assermentés : compilés à partir de sources publiques, chacun avec un degré de fiabilité. Les secteurs des détachements de la PPO sont approximés par division de recensement.'
	],
	illustrativeTitle: 'Chiffres d’EEI illustratifs',
	illustrative: [
		'Aucune source publique ne donne les effectifs, la charge de travail ni le financement en matière d’EEI par service de police. Les chiffres affichés sont produits par un programme déterministe (germe fixe : les mêmes chiffres à chaque fois) et calibrés sur des totaux publics : environ 8 638 enquêtes de la Stratégie EEI en Ontario en 2023, 0,35 accusation par enquête et les 5 000 000 $ par année de la stratégie.',
		'Les membres de la Stratégie EEI reçoivent des unités d’EEI proportionnelles à leurs effectifs assermentés; les autres services, y compris ceux des Premières Nations, comptent sur la PPO et le Projet P. Les services éloignés des Premières Nations ont la capacité la plus mince.',
		'Chaque chiffre illustratif est signalé dans la base de données, l’API (illustrative: true), les exportations (une colonne illustrative) et à l’écran. Les chiffres importés les remplacent et perdent cette marque.'
	],
	datasetsTitle: 'Jeux de données chargés dans cet atlas',
	dataset: 'Jeu de données',
	source: 'Source',
	rows: 'Lignes',
	loaded: 'Chargé le',
	kind: 'Nature',
	kindIllustrative: 'Illustratif',
	kindReference: 'Référence',
	disclosureTitle: 'Petits nombres : supprimer à la source, puis dériver',
	disclosure: [
		'Pour toute personne non autorisée pour un service de police, un nombre de dossiers de 1 à 4 dans un trimestre s’affiche « <5 ». Les planificateurs sont autorisés pour tous les services, un chef pour le sien, une coordonnatrice ou un coordonnateur du Projet P pour un service tant qu’une demande déposée par ce service ou le ministère est ouverte et confiée au Projet P.',
		'Suppression complémentaire : tout chiffre qui inclut un tel nombre est aussi masqué pour cette personne — un total mobile sur quatre trimestres, un nombre de renvois annualisé, un taux, une proportion, une variation sur un an, le début d’un arriéré, la valeur d’un motif, une valeur de carte, une cellule CSV, une caractéristique de comparaison. Ainsi, ni la différence de deux totaux mobiles, ni un total moins ses parties, ni un taux multiplié par une population publiée ne permettent de retrouver le nombre masqué.',
		'Les chiffres qui combinent des services et sont les mêmes pour tous — niveaux de lacune, charge et capacité des unités d’intervention, médianes et quartiles provinciaux, groupes de pairs, rangs et centiles, liste du Projet P — sont calculés à partir des données publiques : chaque nombre de 1 à 4 est d’abord remplacé par une valeur de substitution fixe, 2. Ils ne bougent pas quand un nombre masqué varie entre 1 et 4, et un planificateur voit le même niveau qu’un lecteur. Les personnes autorisées voient toujours les nombres réels et les taux réels de leurs services.',
		'Une suite de tests d’attaque le vérifie sur chaque réponse de l’API, chaque exportation CSV et chaque page trouvées dans le code source, pour le lecteur, les deux chefs de démonstration, la coordonnatrice ou le coordonnateur du Projet P et l’administrateur, sur les données par défaut et sur une province tirée au hasard : elle fait varier un nombre masqué entre 1 et 4 et exige que chaque réponse reste identique octet pour octet; puis, à partir de tout ce qu’un rôle peut obtenir, elle tente de retrouver les nombres masqués — différences de totaux mobiles, totaux moins leurs parties publiées (le total de la PPO moins les chiffres de ses équipes régionales), taux multipliés par une population ou un effectif ajustés, distances entre pairs inversées pour retrouver un taux de renvois masqué. Elle échoue si un nombre masqué est retrouvé ou resserré entre 1 et 4.'
	],
	levels: {
		title: 'Comment le niveau d’une collectivité est établi',
		intro: [
			'Chaque collectivité a un répondant : l’unité qui traite ses dossiers d’exploitation des enfants sur Internet. C’est l’unité EEI de son propre service de police lorsque celui-ci a des enquêteurs; pour une collectivité desservie par la PPO, l’équipe de la PPO de sa région; pour un service de police sans unité (tous les services de police des Premières Nations aujourd’hui, et de petits services municipaux), l’équipe de la PPO de la région où se trouve la collectivité, qui l’aide dans le cadre du projet P (l’Unité de lutte contre l’exploitation sexuelle des enfants de la PPO).',
			'La capacité est la charge du répondant pour toutes les collectivités qu’il dessert, les siennes et celles qu’il aide : les renvois par enquêteur au cours des quatre derniers trimestres (sous tension au-delà d’un seuil, surchargé au-delà d’un second), la hausse de l’arriéré (sous tension après N trimestres consécutifs, surchargé après 2N) et la file d’attente en criminalistique par examinateur (sous tension au-delà d’un seuil). L’accès est la façon dont le répondant atteint la collectivité depuis sa base : par la route en deçà du seuil de distance, éloignée au-delà, ou par avion seulement. Les planificateurs modifient chaque seuil à /gaps/thresholds.',
			'La liste du projet P réunit les collectivités qui dépendent de l’aide de la PPO et dont le répondant est surchargé, éloigné ou accessible seulement par avion. Elle est classée par niveau, puis par accès, puis selon la charge du répondant, jamais selon la population (treize réserves n’en ont aucune au dossier).'
		],
		capacity: 'Capacité du répondant',
		access: { road: 'Par la route', far: 'Éloignée', fly_in: 'Par avion' },
		capacities: { ok: 'Sous les seuils', stretched: 'Sous tension', overloaded: 'Surchargé' },
		caption: 'Le niveau selon la capacité du répondant (lignes) et l’accès de la collectivité (colonnes)'
	},
	moreTitle: 'Documentation complète',
	more: 'Les méthodes, hypothèses, germes et licences sont documentés dans data/README.md, dans le code source.'
};
