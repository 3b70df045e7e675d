/**
 * The coverage engine's metrics (domain.md §3, §5, §6): one entry each, with its meaning, its computation,
 * the caseload counts it rests on (disclosure.ts withholds it when one of them is hidden), its weight in
 * group averages (peers/averages.ts) and where it appears.
 *
 * Service metrics are computed from a service's period figures: flows (referrals, investigations, files
 * sent to Project P) are summed over the trailing four quarters and annualised (× 4 / quarters reported)
 * where a rate needs a yearly figure; stocks (staff, backlogs) are read at the end of the period;
 * undefined quotients (0 investigators, 0 population) are null. Community metrics are computed from what
 * the engine worked out for the community (compute-coverage.ts); no caseload count lies behind them.
 */
import { per } from './per';
import type { CommunityMetricEntry, ServiceMetricEntry, ServiceMetricInputs } from './types';
import type { RemotenessClass } from '../vocabulary';

const T4 = { en: 'over the last four quarters', fr: 'au cours des quatre derniers trimestres' } as const;

/** Referrals over the trailing four quarters, annualised from the quarters reported; null when none were. */
export function annualisedReferrals({ counts, trailing_quarters }: ServiceMetricInputs): number | null {
	return counts.referrals_trailing === null ? null : per(counts.referrals_trailing * 4, trailing_quarters);
}

export const serviceMetrics = {
	investigators_per_100k: {
		id: 'investigators_per_100k',
		label: { en: 'ICE investigators per 100,000 population', fr: 'Enquêteurs EEI pour 100 000 habitants' },
		short_label: { en: 'Investigators / 100k pop.', fr: 'Enquêteurs / 100 000 hab.' },
		unit: 'per_100k',
		direction: 'higher_is_better',
		definition: {
			en: 'Full-time equivalent investigators dedicated to internet child exploitation (ICE) in the quarter, per 100,000 residents of the communities the service polices. Communities inherit their service’s value.',
			fr: 'Équivalents temps plein (ETP) d’enquêteurs affectés à la lutte contre l’exploitation des enfants sur Internet (EEI) au cours du trimestre, pour 100 000 résidents des collectivités desservies par le service de police. Chaque collectivité reprend la valeur de son service.'
		},
		formula: 'investigators_fte / population × 100000',
		inputs: ['investigators_fte', 'population'],
		scope: 'service',
		disclosure: 'none',
		illustrative_inputs: true,
		discloses: [],
		weight: 'population',
		compute: (i) => per(i.investigators_fte, i.population, 100_000),
		appears: { map: 3, trend: true, compare: true }
	},
	investigators_per_10k_children: {
		id: 'investigators_per_10k_children',
		label: { en: 'ICE investigators per 10,000 children', fr: 'Enquêteurs EEI pour 10 000 enfants' },
		short_label: { en: 'Investigators / 10k children', fr: 'Enquêteurs / 10 000 enfants' },
		unit: 'per_10k_children',
		direction: 'higher_is_better',
		definition: {
			en: 'Full-time equivalent ICE investigators in the quarter, per 10,000 children aged 0 to 17 (estimated) in the communities the service polices.',
			fr: 'Équivalents temps plein d’enquêteurs EEI au cours du trimestre, pour 10 000 enfants de 0 à 17 ans (estimation) dans les collectivités desservies par le service.'
		},
		formula: 'investigators_fte / children × 10000',
		inputs: ['investigators_fte', 'children'],
		scope: 'service',
		disclosure: 'none',
		illustrative_inputs: true,
		discloses: [],
		weight: 'children',
		compute: (i) => per(i.investigators_fte, i.children, 10_000),
		appears: { map: 4, trend: true, compare: true }
	},
	referrals_per_investigator: {
		id: 'referrals_per_investigator',
		label: { en: 'Referrals per ICE investigator (annualised)', fr: 'Renvois par enquêteur EEI (en rythme annuel)' },
		short_label: { en: 'Referrals / investigator', fr: 'Renvois / enquêteur' },
		unit: 'ratio',
		direction: 'higher_is_worse',
		definition: {
			en: `Referrals received ${T4}, annualised when fewer than four quarters were reported, per full-time equivalent ICE investigator in the current quarter. Not defined for a service without an investigator. On a community, the value is its responder’s: the referrals of every community the unit answers for, own and assisted, per investigator.`,
			fr: `Renvois reçus ${T4}, ramenés sur une année lorsque moins de quatre trimestres ont été déclarés, par équivalent temps plein d’enquêteur EEI au trimestre courant. Non défini pour un service sans enquêteur. Pour une collectivité, la valeur est celle de son répondant : les renvois de toutes les collectivités que l’unité dessert, les siennes et celles qu’elle aide, par enquêteur.`
		},
		formula: 'sum(referrals_received, last 4 quarters) × 4 / quarters reported / investigators_fte',
		inputs: ['referrals_received', 'investigators_fte'],
		scope: 'service',
		disclosure: 'rate_on_counts',
		illustrative_inputs: true,
		discloses: ['referrals_trailing'],
		weight: 'investigators_fte',
		compute: (i) => per(annualisedReferrals(i), i.investigators_fte),
		appears: { map: 5, trend: true, compare: true }
	},
	referrals_received: {
		id: 'referrals_received',
		label: { en: 'Referrals received', fr: 'Renvois reçus' },
		short_label: { en: 'Referrals', fr: 'Renvois' },
		unit: 'count',
		direction: 'neutral',
		definition: {
			en: 'Investigational packages received in the quarter, from the RCMP National Child Exploitation Crime Centre (NCECC) or another police service.',
			fr: 'Dossiers d’enquête reçus au cours du trimestre, du Centre national de coordination contre l’exploitation des enfants (CNCEE) de la GRC ou d’un autre service de police.'
		},
		formula: 'referrals_received',
		inputs: ['referrals_received'],
		scope: 'service',
		disclosure: 'count',
		illustrative_inputs: true,
		discloses: ['referrals_received'],
		weight: 'equal',
		compute: (i) => i.counts.referrals_received,
		appears: { trend: true, compare: true }
	},
	investigations_opened: {
		id: 'investigations_opened',
		label: { en: 'Investigations opened', fr: 'Enquêtes ouvertes' },
		short_label: { en: 'Opened', fr: 'Ouvertes' },
		unit: 'count',
		direction: 'neutral',
		definition: {
			en: 'ICE investigations opened by the service in the quarter.',
			fr: 'Enquêtes EEI ouvertes par le service au cours du trimestre.'
		},
		formula: 'investigations_opened',
		inputs: ['investigations_opened'],
		scope: 'service',
		disclosure: 'count',
		illustrative_inputs: true,
		discloses: ['investigations_opened'],
		weight: 'equal',
		compute: (i) => i.counts.investigations_opened,
		appears: { trend: true, compare: true }
	},
	investigations_concluded: {
		id: 'investigations_concluded',
		label: { en: 'Investigations concluded', fr: 'Enquêtes conclues' },
		short_label: { en: 'Concluded', fr: 'Conclues' },
		unit: 'count',
		direction: 'higher_is_better',
		definition: {
			en: 'ICE investigations concluded by the service in the quarter, whatever the outcome.',
			fr: 'Enquêtes EEI conclues par le service au cours du trimestre, quelle qu’en soit l’issue.'
		},
		formula: 'investigations_concluded',
		inputs: ['investigations_concluded'],
		scope: 'service',
		disclosure: 'count',
		illustrative_inputs: true,
		discloses: ['investigations_concluded'],
		weight: 'equal',
		compute: (i) => i.counts.investigations_concluded,
		appears: { trend: true, compare: true }
	},
	clearance_ratio: {
		id: 'clearance_ratio',
		label: { en: 'Clearance ratio over four quarters (concluded ÷ opened)', fr: 'Ratio de résolution sur quatre trimestres (conclues ÷ ouvertes)' },
		short_label: { en: 'Clearance ratio (4 quarters)', fr: 'Ratio de résolution (4 trimestres)' },
		unit: 'ratio',
		direction: 'higher_is_better',
		definition: {
			en: `Investigations concluded ${T4} divided by investigations opened over the same quarters. Above 1, the unit closes more files than it opens and its backlog shrinks; not defined when none were opened.`,
			fr: `Enquêtes conclues ${T4}, divisées par les enquêtes ouvertes au cours des mêmes trimestres. Au-dessus de 1, l’unité ferme plus de dossiers qu’elle n’en ouvre et son arriéré diminue; non défini si aucune enquête n’a été ouverte.`
		},
		formula: 'sum(investigations_concluded, last 4 quarters) / sum(investigations_opened, last 4 quarters)',
		inputs: ['investigations_concluded', 'investigations_opened'],
		scope: 'service',
		disclosure: 'rate_on_counts',
		illustrative_inputs: true,
		thresholds: [{ value: 1, label: { en: 'as many concluded as opened', fr: 'autant de conclues que d’ouvertes' } }],
		discloses: ['opened_trailing', 'concluded_trailing'],
		weight: 'opened_trailing',
		compute: (i) => per(i.counts.concluded_trailing, i.counts.opened_trailing),
		appears: { trend: true, compare: true }
	},
	charges_laid: {
		id: 'charges_laid',
		label: { en: 'Charges laid', fr: 'Accusations portées' },
		short_label: { en: 'Charges', fr: 'Accusations' },
		unit: 'count',
		direction: 'neutral',
		definition: {
			en: 'Charges laid in ICE investigations in the quarter.',
			fr: 'Accusations portées dans le cadre d’enquêtes EEI au cours du trimestre.'
		},
		formula: 'charges_laid',
		inputs: ['charges_laid'],
		scope: 'service',
		disclosure: 'count',
		illustrative_inputs: true,
		discloses: ['charges_laid'],
		weight: 'equal',
		compute: (i) => i.counts.charges_laid,
		appears: { trend: true, compare: true }
	},
	victims_identified: {
		id: 'victims_identified',
		label: { en: 'Victims identified', fr: 'Victimes identifiées' },
		short_label: { en: 'Victims identified', fr: 'Victimes identifiées' },
		unit: 'count',
		direction: 'neutral',
		definition: {
			en: 'Child victims identified in ICE investigations in the quarter.',
			fr: 'Enfants victimes identifiés dans le cadre d’enquêtes EEI au cours du trimestre.'
		},
		formula: 'victims_identified',
		inputs: ['victims_identified'],
		scope: 'service',
		disclosure: 'count',
		illustrative_inputs: true,
		discloses: ['victims_identified'],
		weight: 'equal',
		compute: (i) => i.counts.victims_identified,
		appears: { trend: true, compare: true }
	},
	open_backlog: {
		id: 'open_backlog',
		label: { en: 'Open backlog (files)', fr: 'Arriéré de dossiers ouverts' },
		short_label: { en: 'Open backlog', fr: 'Arriéré' },
		unit: 'count',
		direction: 'higher_is_worse',
		definition: {
			en: 'ICE files open and not yet concluded at the end of the quarter.',
			fr: 'Dossiers EEI ouverts et non encore conclus à la fin du trimestre.'
		},
		formula: 'open_backlog',
		inputs: ['open_backlog'],
		scope: 'service',
		disclosure: 'count',
		illustrative_inputs: true,
		discloses: ['open_backlog'],
		weight: 'equal',
		compute: (i) => i.counts.open_backlog,
		appears: { trend: true, compare: true }
	},
	open_backlog_trend: {
		id: 'open_backlog_trend',
		label: { en: 'Open backlog change over four quarters', fr: 'Variation de l’arriéré sur quatre trimestres' },
		short_label: { en: 'Backlog change (1 yr)', fr: 'Variation de l’arriéré (1 an)' },
		unit: 'count',
		direction: 'higher_is_worse',
		definition: {
			en: 'Open backlog at the end of the quarter minus the open backlog four quarters earlier (a difference, not a slope). Positive: the backlog grew over the year.',
			fr: 'Arriéré à la fin du trimestre moins l’arriéré quatre trimestres plus tôt (une différence, et non une pente). Une valeur positive signifie que l’arriéré a augmenté sur un an.'
		},
		formula: 'open_backlog(quarter) − open_backlog(quarter − 4)',
		inputs: ['open_backlog'],
		scope: 'service',
		disclosure: 'rate_on_counts',
		illustrative_inputs: true,
		discloses: ['open_backlog', 'open_backlog_year_ago'],
		weight: 'equal',
		compute: ({ counts }) =>
			counts.open_backlog === null || counts.open_backlog_year_ago === null ? null : counts.open_backlog - counts.open_backlog_year_ago,
		appears: { map: 6, trend: true, compare: true }
	},
	forensic_backlog_per_examiner: {
		id: 'forensic_backlog_per_examiner',
		label: { en: 'Forensic backlog per examiner (devices)', fr: 'Arriéré d’appareils par examinateur judiciaire' },
		short_label: { en: 'Devices / examiner', fr: 'Appareils / examinateur' },
		unit: 'ratio',
		direction: 'higher_is_worse',
		definition: {
			en: 'Digital devices awaiting forensic examination at the end of the quarter, per full-time equivalent digital forensic examiner. Not defined for a service without an examiner.',
			fr: 'Appareils numériques en attente d’examen judiciaire à la fin du trimestre, par équivalent temps plein d’examinateur en criminalistique numérique. Non défini pour un service sans examinateur.'
		},
		formula: 'forensic_backlog_devices / forensic_examiners_fte',
		inputs: ['forensic_backlog_devices', 'forensic_examiners_fte'],
		scope: 'service',
		disclosure: 'none',
		illustrative_inputs: true,
		discloses: [],
		weight: 'forensic_examiners_fte',
		compute: (i) => per(i.forensic_backlog_devices, i.forensic_examiners_fte),
		appears: { map: 7, trend: true, compare: true }
	},
	funding_per_capita: {
		id: 'funding_per_capita',
		label: { en: 'ICE Strategy funding per capita', fr: 'Financement de la Stratégie EEI par habitant' },
		short_label: { en: 'Funding / capita', fr: 'Financement / habitant' },
		unit: 'cents_per_capita',
		direction: 'higher_is_better',
		definition: {
			en: 'Provincial ICE Strategy funding to the service for the fiscal year that contains the quarter, per resident of the communities it polices.',
			fr: 'Financement versé au service au titre de la Stratégie provinciale EEI pour l’exercice qui comprend le trimestre, par résident des collectivités qu’il dessert.'
		},
		formula: 'amount_cents(fiscal year) / population',
		inputs: ['amount_cents', 'population'],
		scope: 'service',
		disclosure: 'none',
		illustrative_inputs: true,
		discloses: [],
		weight: 'population',
		compute: (i) => per(i.funding_cents, i.population),
		appears: { map: 8, trend: true, compare: true }
	},
	funding_per_referral: {
		id: 'funding_per_referral',
		label: { en: 'ICE Strategy funding per referral', fr: 'Financement de la Stratégie EEI par renvoi' },
		short_label: { en: 'Funding / referral', fr: 'Financement / renvoi' },
		unit: 'cents',
		direction: 'higher_is_better',
		definition: {
			en: `Strategy funding for the fiscal year that contains the quarter, divided by the annualised referrals received ${T4}.`,
			fr: `Financement de la Stratégie pour l’exercice qui comprend le trimestre, divisé par les renvois reçus ${T4}, en rythme annuel.`
		},
		formula: 'amount_cents(fiscal year) / (sum(referrals_received, last 4 quarters) × 4 / quarters reported)',
		inputs: ['amount_cents', 'referrals_received'],
		scope: 'service',
		disclosure: 'rate_on_counts',
		illustrative_inputs: true,
		discloses: ['referrals_trailing'],
		weight: 'referrals_annualised',
		compute: (i) => per(i.funding_cents, annualisedReferrals(i)),
		appears: { trend: true, compare: true }
	},
	project_p_share: {
		id: 'project_p_share',
		label: { en: 'Share of files referred to Project P', fr: 'Part des dossiers confiés au projet P' },
		short_label: { en: 'Referred to Project P', fr: 'Confiés au projet P' },
		unit: 'share',
		direction: 'neutral',
		definition: {
			en: `Files the service referred to OPP Project P (Child Sexual Exploitation Unit) ${T4}, as a share of the referrals it received over the same quarters.`,
			fr: `Dossiers que le service a confiés au projet P de la Police provinciale de l’Ontario (Unité de lutte contre l’exploitation sexuelle des enfants) ${T4}, en proportion des renvois reçus au cours des mêmes trimestres.`
		},
		formula: 'sum(files_referred_project_p, last 4 quarters) / sum(referrals_received, last 4 quarters)',
		inputs: ['files_referred_project_p', 'referrals_received'],
		scope: 'service',
		disclosure: 'rate_on_counts',
		illustrative_inputs: true,
		discloses: ['files_referred_trailing', 'referrals_trailing'],
		weight: 'referrals_trailing',
		compute: (i) => per(i.counts.files_referred_trailing, i.counts.referrals_trailing),
		appears: { map: 9, trend: true, compare: true }
	}
} as const satisfies Record<string, ServiceMetricEntry>;

/**
 * Remoteness class boundaries, in km to the nearest ICE unit (policy defaults, not a statistical standard):
 * under 50 km a unit can attend the same day by road; from 150 km on, a visit takes most of a day.
 */
const REMOTENESS_KM = { urban_access_below: 50, rural_below: 150 } as const;

/**
 * Fly-in wins over any distance: investigators and seized devices travel by air whatever the map says
 * (domain.md §3). No unit anywhere in the province (distance null) is remote.
 */
export function remotenessClass(distanceKm: number | null, flyIn: boolean): RemotenessClass {
	if (flyIn) return 'fly_in';
	if (distanceKm === null) return 'remote';
	if (distanceKm < REMOTENESS_KM.urban_access_below) return 'urban_access';
	if (distanceKm < REMOTENESS_KM.rural_below) return 'rural';
	return 'remote';
}

export const communityMetrics = {
	distance_to_ice_unit_km: {
		id: 'distance_to_ice_unit_km',
		label: { en: 'Distance to the responder’s base', fr: 'Distance jusqu’à la base du répondant' },
		short_label: { en: 'Distance to responder', fr: 'Distance au répondant' },
		unit: 'km',
		direction: 'higher_is_worse',
		definition: {
			en: 'Great-circle distance from a point inside the community to the base of its responder, the unit that takes its files: its own service’s ICE unit, or the OPP team of its region (regional headquarters). A service’s unit is based in its most populous community.',
			fr: 'Distance orthodromique entre un point situé dans la collectivité et la base de son répondant, l’unité qui traite ses dossiers : l’unité EEI de son propre service, ou l’équipe de la PPO de sa région (quartier général régional). L’unité d’un service est basée dans sa collectivité la plus peuplée.'
		},
		formula: 'haversine(community point, responder base point), R = 6371.0088 km',
		inputs: ['centroid', 'investigators_fte'],
		scope: 'community',
		disclosure: 'none',
		illustrative_inputs: true,
		discloses: [],
		compute: (i) => i.distance_km,
		appears: { map: 10, trend: true, compare: false }
	},
	remoteness_class: {
		id: 'remoteness_class',
		label: { en: 'Remoteness from ICE services', fr: 'Éloignement des services EEI' },
		short_label: { en: 'Remoteness', fr: 'Éloignement' },
		unit: 'class',
		direction: 'neutral',
		definition: {
			en: `Urban access: the responder’s base under ${REMOTENESS_KM.urban_access_below} km; rural: under ${REMOTENESS_KM.rural_below} km; remote: ${REMOTENESS_KM.rural_below} km or more, or no unit in the province; fly-in: no year-round road access, whatever the distance. Policy defaults.`,
			fr: `Accès urbain : base du répondant à moins de ${REMOTENESS_KM.urban_access_below} km; rural : à moins de ${REMOTENESS_KM.rural_below} km; éloigné : à ${REMOTENESS_KM.rural_below} km ou plus, ou aucune unité dans la province; accès par avion : aucune route praticable toute l’année, quelle que soit la distance. Valeurs par défaut de la politique.`
		},
		formula: `fly_in ? fly_in : distance < ${REMOTENESS_KM.urban_access_below} ? urban_access : distance < ${REMOTENESS_KM.rural_below} ? rural : remote`,
		inputs: ['centroid', 'fly_in', 'investigators_fte'],
		scope: 'community',
		disclosure: 'none',
		illustrative_inputs: true,
		thresholds: [
			{ value: REMOTENESS_KM.urban_access_below, label: { en: 'urban access', fr: 'accès urbain' } },
			{ value: REMOTENESS_KM.rural_below, label: { en: 'rural', fr: 'rural' } }
		],
		discloses: [],
		compute: (i) => remotenessClass(i.distance_km, i.fly_in),
		appears: { map: 11, trend: false, compare: false }
	},
	gap_level: {
		id: 'gap_level',
		label: { en: 'Coverage gap level', fr: 'Niveau de lacune de couverture' },
		short_label: { en: 'Gap level', fr: 'Niveau de lacune' },
		unit: 'level',
		direction: 'higher_is_worse',
		definition: {
			en: 'The most severe gap rule the community meets (none, watch, gap), raised to critical when two or more rules reach gap. Each rule and its threshold is listed with the reasons.',
			fr: 'La règle de lacune la plus grave que remplit la collectivité (aucune, surveillance, lacune), portée à « critique » lorsque deux règles ou plus atteignent le niveau « lacune ». Chaque règle et son seuil figurent dans les motifs.'
		},
		formula: 'max(rule severities); critical when count(severity ≥ gap) ≥ 2',
		inputs: [
			'gap_thresholds',
			'investigators_fte',
			'children',
			'referrals_received',
			'open_backlog',
			'forensic_backlog_devices',
			'forensic_examiners_fte',
			'centroid',
			'fly_in'
		],
		scope: 'community',
		disclosure: 'none',
		illustrative_inputs: true,
		discloses: [],
		compute: (i) => i.level,
		appears: { map: 1, trend: false, compare: false }
	},
	project_p_recommended: {
		id: 'project_p_recommended',
		label: { en: 'Project P assistance recommended', fr: 'Aide du projet P recommandée' },
		short_label: { en: 'Project P', fr: 'Projet P' },
		unit: 'boolean',
		direction: 'neutral',
		definition: {
			en: 'OPP Project P assistance is recommended where the gap level is critical, or where it is gap and the police service has no ICE unit.',
			fr: 'L’aide du projet P de la Police provinciale est recommandée lorsque le niveau de lacune est critique, ou lorsqu’il est « lacune » et que le service de police n’a pas d’unité EEI.'
		},
		formula: 'gap_level = critical or (gap_level = gap and investigators_fte = 0)',
		inputs: ['gap_thresholds', 'investigators_fte'],
		scope: 'community',
		disclosure: 'none',
		illustrative_inputs: true,
		discloses: [],
		compute: (i) => i.project_p,
		appears: { map: 2, trend: false, compare: false }
	}
} as const satisfies Record<string, CommunityMetricEntry>;
