/**
 * Strings of the coverage pages (/gaps, the thresholds form, the coverage sections of community and
 * service pages) and their charts, in English and French (same keys: fr.ts checks coverageFr against
 * coverageEn through the Messages type). Level and remoteness words are in the vocabulary section,
 * metric words in the metrics section; reason wording still comes from the domain (REASONS).
 */
import type { ThresholdField, ThresholdProblem } from '../../domain/coverage/thresholds';

export const coverageEn = {
	sectionTitle: 'ICE coverage',
	periodLabel: 'Quarter',
	periodSubmit: 'Show quarter',
	level: 'Gap level',
	reasonsTitle: 'Why',
	noReasons: 'No gap rule applies in this quarter.',
	serviceReasonsNote: 'Reasons that apply to the whole police service; each community adds its own (distance to an ICE unit).',
	projectP: {
		title: 'Project P assistance',
		recommended: 'Recommended',
		notRecommended: 'Not recommended',
		assisted_overloaded: 'The police service has no ICE unit of its own and the OPP team that assists it is overloaded.',
		assisted_far: 'The police service has no ICE unit of its own and the OPP team that assists it is far away.',
		assisted_fly_in: 'The police service has no ICE unit of its own and the community is fly-in.',
		serviceNote: 'for {count} of the communities it polices.'
	},
	nearestUnit: 'Nearest ICE unit',
	nearestUnitOwn: 'Its own police service',
	nearestUnitNone: 'No police service in the province reports an ICE unit.',
	responder: {
		title: 'Who answers its referrals',
		unit: 'Responder',
		relationship: {
			own: 'its police service’s own ICE unit',
			opp: 'the OPP team of its region (the OPP polices it)',
			assisted: 'the OPP team of its region, assisting a police service without an ICE unit (Project P)'
		},
		base: 'Responder’s base',
		baseValue: '{base}, {distance} in a straight line',
		access: 'Access',
		accessValue: { road: 'By road, within the distance threshold', far: 'Far: beyond the distance threshold', fly_in: 'Fly-in: no year-round road' },
		load: 'Responder’s load',
		loadValue: '{load} referrals per investigator a year, over every community it answers for',
		capacity: { ok: 'Within the thresholds', stretched: 'Stretched', overloaded: 'Overloaded' }
	},
	remoteness: 'Remoteness',
	iceUnit: 'ICE unit',
	iceUnitYes: 'Yes',
	iceUnitNo: 'No',
	notReported: 'This police service reported no ICE figures for this quarter.',
	disclosureNote:
		'Counts of 1 to 4 are shown as “<5” and the rates built on them are withheld, because your account is not cleared for this police service’s caseload.',
	metricsTitle: 'Metrics against the province',
	metricsIntro:
		'Each figure for {period} next to the provincial median and the middle half of values (first to third quartile). Capacity, caseload and funding are the police service’s, shared by its communities; referrals per investigator and the forensic queue are the responder’s (the unit that takes its files), over every community it answers for.',
	table: {
		metric: 'Metric',
		valueCommunity: 'This community',
		valueService: 'This police service',
		median: 'Provincial median',
		quartiles: 'Middle half (Q1 to Q3)',
		comparison: 'Compared with the median',
		over: { services: 'over {n} services', communities: 'over {n} communities' }
	},
	comparison: {
		better: 'Better',
		worse: 'Worse',
		above: 'Above',
		below: 'Below',
		equal: 'At the median'
	},
	trendsTitle: 'Trends by quarter',
	trendsIntro:
		'Each metric from {first} to {last}; the dotted line marks {period}. Provincial quartiles and medians of counts under 5 are not drawn: such a figure is one service’s own count.',
	trend: {
		title: '{metric}, {subject}, by quarter',
		summary: '{first}: {start}. {last}: {end}; provincial median {median}.',
		noData: 'No figures',
		hiddenNote: 'Gaps in the line: figures based on counts under 5 are not shown.',
		period: 'Quarter',
		value: 'Value',
		median: 'Provincial median',
		quartiles: 'Middle half (Q1 to Q3)',
		range: '{q1} to {q3}'
	},
	legend: {
		community: 'This community',
		service: 'This police service',
		median: 'Provincial median',
		quartiles: 'Middle half of the province (Q1 to Q3)'
	},
	communitiesLevel: 'Gap level',
	noData: 'No ICE figures are loaded yet.',
	gaps: {
		title: 'Coverage gaps',
		intro:
			'Communities whose responder (the unit that takes their files) is stretched, overloaded or far away, most urgent first: by level, then access (fly-in, far, road), then the responder’s load. Each row gives its reasons, naming whose figure each one quotes.',
		filtersLabel: 'Filter the list',
		levelLegend: 'Gap level',
		levelHint: 'None checked: every flagged community.',
		region: 'OPP region',
		kind: 'Police service kind',
		any: 'All',
		projectPOnly: 'Only where Project P assistance is recommended',
		apply: 'Apply filters',
		clear: 'Clear filters',
		summary: '{shown} of {flagged} flagged communities match in {period}: {critical} critical, {gap} gap, {watch} watch.',
		projectPSummary: 'Project P assistance is recommended for {count} of them.',
		noneMatch: 'No flagged community matches these filters.',
		tableCaption: 'Flagged communities, {period}, most urgent first',
		servicesTitle: 'Flagged police services',
		servicesCaption: 'Police services with at least one flagged community, {period}, most urgent first',
		servicesChildren: 'Children served (estimate)',
		remotest: 'Remotest community from an ICE unit',
		communitiesFlagged: 'Communities flagged',
		rank: 'Rank',
		community: 'Community',
		service: 'Police service',
		children: 'Children (estimate)',
		distance: 'Distance to its responder’s base',
		projectP: 'Project P',
		reasons: 'Reasons',
		yes: 'Recommended',
		no: 'No',
		downloadCsv: 'Download this list (CSV)',
		pagesLabel: 'Pages of the list',
		previousPage: 'Previous page',
		nextPage: 'Next page',
		rowsShown: 'Rows {first} to {last} of {count}',
		editThresholds: 'Edit the gap thresholds',
		thresholdsTitle: 'Thresholds in use'
	},
	thresholds: {
		title: 'Gap thresholds',
		intro:
			'The gap rules compare each community and police service with these thresholds. They are policy choices, not findings: no public standard sets ICE caseloads or staffing. A change applies to every page, export and API answer at once, and is recorded in the audit log.',
		hint: 'From {min} to {max}. Default: {default}.',
		wholeNumber: 'A whole number.',
		save: 'Save thresholds',
		saved: 'The thresholds were saved. Gap levels now use them.',
		errorTitle: 'There is a problem',
		errorIntro: 'Correct the fields below; nothing was saved.',
		back: 'Back to coverage gaps',
		lastChange: 'Last changed by {who} on {when} (UTC).',
		noChange: 'No change has been recorded yet: these are the documented defaults.',
		fields: {
			referrals_stretched_per_investigator: 'Responder stretched above (referrals per investigator a year)',
			referrals_overloaded_per_investigator: 'Responder overloaded above (referrals per investigator a year)',
			backlog_growth_quarters: 'Consecutive quarters of backlog growth',
			forensic_devices_per_examiner: 'Devices awaiting examination per examiner',
			distance_km: 'Distance to the responder’s nearest base (km)'
		} satisfies Record<ThresholdField, string>,
		/** What parseThresholds found wrong (i18n/threshold-errors.ts): `{name}` the field's label, `{field}` an unknown key. */
		problems: {
			not_object: 'The thresholds must be an object.',
			unknown_field: '“{field}” is not a threshold.',
			required: '{name}: a value is required.',
			integer: '{name}: must be a whole number.',
			min_value: '{name}: must be at least {limit}.',
			max_value: '{name}: must be at most {limit}.',
			below_stretched: '{name}: must be at least the “stretched” threshold.',
			not_number: '{name}: must be a number.'
		} satisfies Record<ThresholdProblem, string>
	}
};
