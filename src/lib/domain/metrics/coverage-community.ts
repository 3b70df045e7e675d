/**
 * The community metrics of the coverage engine: where its responder is, how remote it is, its gap level
 * and the Project P flag (domain.md §3, §6). The engine works out the inputs (compute-coverage.ts); the
 * entries say what each value is. No caseload count lies behind them, so none is under disclosure control.
 */
import type { CommunityMetricEntry } from './types';
import type { RemotenessClass } from '../coverage/types';

/**
 * Remoteness class boundaries, in km to the nearest ICE unit (policy defaults, not a statistical standard):
 * under 50 km a unit can attend the same day by road; from 150 km on, a visit takes most of a day.
 */
export const REMOTENESS_KM = { urban_access_below: 50, rural_below: 150 } as const;

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
