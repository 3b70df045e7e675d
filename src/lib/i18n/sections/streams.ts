/**
 * Strings of the strategy-stream pages (/streams and its three pages: prevention, training, registry),
 * in English and French (same keys: fr.ts checks streamsFr through the Messages type). Metric labels
 * come from the registry (metrics.ts `streamMetrics`), level names from the coverage engine.
 */

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
