/**
 * Words of the metric registry (domain/metrics/): each metric's label, short label (tables, pickers,
 * legends), definition and the names of its fixed thresholds (in the order of the entry's `thresholds`),
 * keyed by id. The registry says what a metric is and computes it; its words live here, so adding a
 * metric touches its entry, its test and this dictionary, and a metric without words fails the type
 * check. French text follows the French Language Services Act: equivalent content, same quality.
 */
import { REMOTENESS_KM } from '../../domain/metrics/coverage';
import type { AnyMetricId } from '../../domain/metrics/registry';

interface MetricText {
	label: string;
	/** For tables, pickers and legends. */
	shortLabel: string;
	definition: string;
	thresholds?: string[];
}

const T4 = 'over the last four quarters';

export const metricsEn = {
	investigators_per_100k: {
		label: 'ICE investigators per 100,000 population',
		shortLabel: 'Investigators / 100k pop.',
		definition:
			'Full-time equivalent investigators dedicated to internet child exploitation (ICE) in the quarter, per 100,000 residents of the communities the service polices. Communities inherit their service’s value.'
	},
	investigators_per_10k_children: {
		label: 'ICE investigators per 10,000 children',
		shortLabel: 'Investigators / 10k children',
		definition:
			'Full-time equivalent ICE investigators in the quarter, per 10,000 children aged 0 to 17 (estimated) in the communities the service polices.'
	},
	referrals_per_investigator: {
		label: 'Referrals per ICE investigator (annualised)',
		shortLabel: 'Referrals / investigator',
		definition:
			`Referrals received ${T4}, annualised when fewer than four quarters were reported, per full-time equivalent ICE investigator in the current quarter. Not defined for a service without an investigator. On a community, the value is its responder’s: the referrals of every community the unit answers for, own and assisted, per investigator.`
	},
	referrals_received: {
		label: 'Referrals received',
		shortLabel: 'Referrals',
		definition:
			'Investigational packages received in the quarter, from the RCMP National Child Exploitation Crime Centre (NCECC) or another police service.'
	},
	investigations_opened: {
		label: 'Investigations opened',
		shortLabel: 'Opened',
		definition:
			'ICE investigations opened by the service in the quarter.'
	},
	investigations_concluded: {
		label: 'Investigations concluded',
		shortLabel: 'Concluded',
		definition:
			'ICE investigations concluded by the service in the quarter, whatever the outcome.'
	},
	clearance_ratio: {
		label: 'Clearance ratio over four quarters (concluded ÷ opened)',
		shortLabel: 'Clearance ratio (4 quarters)',
		definition:
			`Investigations concluded ${T4} divided by investigations opened over the same quarters. Above 1, the unit closes more files than it opens and its backlog shrinks; not defined when none were opened.`,
		thresholds: ['as many concluded as opened']
	},
	charges_laid: {
		label: 'Charges laid',
		shortLabel: 'Charges',
		definition:
			'Charges laid in ICE investigations in the quarter.'
	},
	victims_identified: {
		label: 'Victims identified',
		shortLabel: 'Victims identified',
		definition:
			'Child victims identified in ICE investigations in the quarter.'
	},
	open_backlog: {
		label: 'Open backlog (files)',
		shortLabel: 'Open backlog',
		definition:
			'ICE files open and not yet concluded at the end of the quarter.'
	},
	open_backlog_trend: {
		label: 'Open backlog change over four quarters',
		shortLabel: 'Backlog change (1 yr)',
		definition:
			'Open backlog at the end of the quarter minus the open backlog four quarters earlier (a difference, not a slope). Positive: the backlog grew over the year.'
	},
	forensic_backlog_per_examiner: {
		label: 'Forensic backlog per examiner (devices)',
		shortLabel: 'Devices / examiner',
		definition:
			'Digital devices awaiting forensic examination at the end of the quarter, per full-time equivalent digital forensic examiner. Not defined for a service without an examiner.'
	},
	funding_per_capita: {
		label: 'ICE Strategy funding per capita',
		shortLabel: 'Funding / capita',
		definition:
			'Provincial ICE Strategy funding to the service for the fiscal year that contains the quarter, per resident of the communities it polices.'
	},
	funding_per_referral: {
		label: 'ICE Strategy funding per referral',
		shortLabel: 'Funding / referral',
		definition:
			`Strategy funding for the fiscal year that contains the quarter, divided by the annualised referrals received ${T4}.`
	},
	project_p_share: {
		label: 'Share of files referred to Project P',
		shortLabel: 'Referred to Project P',
		definition:
			`Files the service referred to OPP Project P (Child Sexual Exploitation Unit) ${T4}, as a share of the referrals it received over the same quarters.`
	},
	distance_to_ice_unit_km: {
		label: 'Distance to the responder’s base',
		shortLabel: 'Distance to responder',
		definition:
			'Great-circle distance from a point inside the community to the base of its responder, the unit that takes its files: its own service’s ICE unit, or the OPP team of its region (regional headquarters). A service’s unit is based in its most populous community.'
	},
	remoteness_class: {
		label: 'Remoteness from ICE services',
		shortLabel: 'Remoteness',
		definition:
			`Urban access: the responder’s base under ${REMOTENESS_KM.urban_access_below} km; rural: under ${REMOTENESS_KM.rural_below} km; remote: ${REMOTENESS_KM.rural_below} km or more, or no unit in the province; fly-in: no year-round road access, whatever the distance. Policy defaults.`,
		thresholds: ['urban access', 'rural']
	},
	gap_level: {
		label: 'Coverage gap level',
		shortLabel: 'Gap level',
		definition:
			'The most severe gap rule the community meets (none, watch, gap), raised to critical when two or more rules reach gap. Each rule and its threshold is listed with the reasons.'
	},
	project_p_recommended: {
		label: 'Project P assistance recommended',
		shortLabel: 'Project P',
		definition:
			'OPP Project P assistance is recommended where the gap level is critical, or where it is gap and the police service has no ICE unit.'
	},
	prevention_reach_share: {
		label: 'Share of Grade 7–8 students reached by prevention lessons',
		shortLabel: 'Grade 7–8 reached',
		definition:
			'Students in Grades 7 and 8 who took the internet-safety prevention lessons (CYBERCOPS) in the school year, divided by the community’s Grade 7–8 students (estimated as children aged 0 to 17 × 2/18 until enrolment is imported).'
	},
	teachers_trained_per_1k_students: {
		label: 'Teachers trained per 1,000 Grade 7–8 students',
		shortLabel: 'Teachers / 1,000 students',
		definition:
			'Teachers trained to give the prevention lessons in the school year, per 1,000 Grade 7–8 students in the community.'
	},
	current_training_share: {
		label: 'ICE investigators with current training',
		shortLabel: 'Current training',
		definition:
			'Investigators (or, for a Crown office, Crowns) assigned to internet child exploitation files whose most recent ICE training was in the reference year or the two years before it, divided by all of them.',
		thresholds: ['everyone’s training current']
	},
	registry_verification_rate: {
		label: 'Registry address verification rate',
		shortLabel: 'Verification rate',
		definition:
			'Registered sex offenders in the police service’s area whose address was verified in the quarter, divided by all registrants in the area. An aggregate per service: the atlas holds no individual.'
	}
} satisfies Record<AnyMetricId, MetricText>;
