/**
 * Strings of the peer comparison (issue 8): the picker, the comparison page, side by side, the charts'
 * captions and caveats, in English and French (same keys: fr.ts checks compareFr against compareEn).
 * Placeholders in braces are filled with interpolate(); numbers come formatted from format.ts.
 */

export const compareEn = {
	nav: 'Compare',
	index: {
		title: 'Compare with similar services',
		intro:
			'Choose a police service to see its ICE capacity and caseload beside its most similar services and the whole province, the way HMICFRS Value for Money profiles compare police forces in England and Wales.',
		serviceLabel: 'Police service',
		submit: 'Compare',
		sideBySide: 'Or put up to four services side by side',
		kindHeading: '{kind} services'
	},
	title: '{service} compared with similar services',
	lead: '{service} in {period}, against {group} and all Ontario services.',
	controls: {
		label: 'Comparison settings',
		period: 'Quarter',
		group: 'Compare with',
		k: 'Number of most similar services',
		kHint: 'most similar only',
		submit: 'Update comparison'
	},
	groupOptions: { similar: 'Most similar services', kind: 'Services of the same kind', region: 'Services in the same OPP region' },
	groupNames: {
		similar: 'its {count} most similar services',
		kind: 'the other {count} services of the same kind ({kind})',
		region: 'the other {count} services in the OPP {region} region',
		parts: 'its {count} regional teams'
	},
	actions: {
		csv: 'Download the comparison (CSV)',
		print: 'Print a briefing',
		sideBySide: 'Side by side with its closest peers',
		another: 'Compare another service'
	},
	peers: {
		heading: 'Comparison group',
		similarIntro:
			'Chosen by standardised distance on the context a service works in, never on its ICE capacity: population, density, share of children, distance to a large urban centre and referrals per 100,000. Nearest first; a distance of 0 would mean an identical context.',
		kindIntro: 'Every other service of the same kind.',
		regionIntro: 'Every other service in the same OPP region.',
		partsIntro:
			'The OPP is one police service whose ICE investigators work in five regional teams. Each team, with the communities the OPP polices in its region, is compared with other services as a service of its own; the OPP as a whole is compared with its teams and ranked nowhere, so no figure is counted twice.',
		noRegion: '{service} serves communities in several OPP regions, so it has no region group. Choose another grouping.',
		empty: 'This group has no other service.',
		caption: 'Context of {service} and its comparison group',
		rank: 'Rank',
		service: 'Police service',
		distance: 'Distance',
		thisService: 'This service',
		methodSummary: 'How the most similar services are chosen',
		method1:
			'Each feature is put on a common scale (z-score: difference from the mean of all Ontario services, divided by their standard deviation); population, density and distance first become logarithms, so one metropolis does not flatten every other difference.',
		method2:
			'The distance between two services is the square root of the sum of squared differences over the features used, equally weighted. The {k} services with the smallest distance form the group (HMICFRS uses 7). Ties are broken by service id.',
		method3:
			'A large urban centre is a census subdivision of 100,000 people or more. Only figures published to every viewer are used, so every reader gets the same group: a referral rate resting on 1 to 4 referrals, or an estimated share of children, is not used for anyone. A feature equal for every service is dropped. A service whose population is unknown is left out, never placed at the average. The group is fixed for the quarter compared and kept for the trend charts.',
		used: 'Distances use: {features}.',
		notUsed: 'Not used: {features}.',
		unknown: '{feature} (not published for every service)',
		noVariance: '{feature} (the same for every service)',
		leftOut: 'Left out of every most similar group, with no population on record: {services}.',
		selfLeftOut: '{service} has no population on record, so it cannot be placed among the other services and has no most similar group. Choose the grouping by kind or by region.'
	},
	features: {
		perKm2: '{value} per km²'
	},
	glance: {
		heading: 'At a glance',
		caption: '{service}, {period}: each metric against {group} and Ontario',
		metric: 'Metric',
		service: 'This service',
		percentile: 'Percentile in Ontario',
		group: 'Group average',
		difference: 'Compared with the group',
		province: 'Ontario average',
		above: '{value} above',
		below: '{value} below',
		same: 'about the same',
		toneSeparator: ': ',
		averageOf: 'of {count} services',
		averageHidden: '{count} not published',
		averageTooFew: 'too few values',
		notCompared: 'A count, shown as is: counts of services of different sizes are not ranked or averaged; compare the rates.'
	},
	directions: {
		higher_is_better: 'Higher is better',
		higher_is_worse: 'Higher is worse',
		neutral: 'Neither higher nor lower is better'
	},
	percentile: {
		label: '{ordinal} percentile',
		none: 'No percentile',
		noUnit: 'No unit',
		noUnitExplain: 'A value of 0 because the service has no staff of this kind; it is not placed in the ranking of the others',
		explain: 'Higher than {share} of the {count} services with a published value'
	},
	rankings: {
		heading: 'Rankings',
		intro:
			'Every Ontario service with a published value, highest first. {service} is the dark bar marked with its name; its group’s bars are blue with a dot above; the lines are the group’s and Ontario’s weighted averages.',
		printNote:
			'Columns: every service with a published value, highest first; {service} dark and named, its comparison group blue with a dot, others grey. Dashed line: group average; dotted line: Ontario average. Averages are weighted by each rate’s denominator (population, children, investigators, examiners, referrals or files opened), counts are plain means, and only published values are used (counts of 1–4 and rates on them are left out). Each chart gives its rounding. Illustrative figures, not real.'
	},
	chart: {
		label: '{metric}, {period}: {count} services ranked from highest to lowest',
		summary: '{service} ranks {rank} of {count} with {value}. Highest: {top} ({topValue}); lowest: {bottom} ({bottomValue}).',
		summaryHidden: '{service}: {value}, not ranked. Highest: {top} ({topValue}); lowest: {bottom} ({bottomValue}).',
		summaryUndefined: '{service} has no value this quarter (not reported, or no investigator or examiner to divide by), so it is not ranked. Highest: {top} ({topValue}); lowest: {bottom} ({bottomValue}).',
		summaryEmpty: 'No service has a published value for this quarter.',
		group: 'Group average',
		province: 'Ontario average',
		legendService: 'This service',
		legendPeer: 'Comparison group',
		legendOther: 'Other services',
		rounding: 'Values are rounded to {rounding} for display, not for ranking.',
		hidden: '{count} services with a value under 5, or a rate built on one, are not shown.',
		illustrative: 'Illustrative figures, not real.',
		showTable: 'Show the values as a table',
		rank: 'Rank',
		service: 'Police service',
		role: 'Group'
	},
	rounding: {
		count: 'whole numbers',
		per_100k: 'one decimal',
		per_10k_children: 'two decimals',
		ratio: 'two decimals',
		cents: 'the cent',
		cents_per_capita: 'the cent',
		share: 'a tenth of a percent'
	},
	weights: {
		population: 'Averages are weighted by population: the group’s total over its total population.',
		children: 'Averages are weighted by children 0–17: the group’s total over its children.',
		investigators_fte: 'Averages are weighted by investigators (FTE): the group’s referrals over its investigators.',
		forensic_examiners_fte: 'Averages are weighted by forensic examiners (FTE): the group’s devices over its examiners.',
		referrals_annualised: 'Averages are weighted by annualised referrals: the group’s funding over its referrals.',
		referrals_trailing: 'Averages are weighted by referrals: the group’s files sent to Project P over its referrals.',
		opened_trailing: 'Averages are weighted by investigations opened: the group’s concluded over its opened.',
		equal: 'Averages are plain means of the services’ counts (counts grow with size: read them beside the rates).'
	},
	trends: {
		heading: 'Trends over {count} quarters',
		intro:
			'Quarter by quarter: the service (solid line), its group’s average (dashed) and Ontario’s (dotted). The group stays the one chosen for {period}. A gap is a quarter with no published value.',
		label: '{metric}: {service} from {first} ({firstPeriod}) to {last} ({lastPeriod})',
		labelEmpty: '{metric}: no published value for {service} in these quarters',
		legendService: 'This service',
		legendGroup: 'Group average',
		legendProvince: 'Ontario average',
		caveat:
			'Value axes start at zero. Averages are weighted as in the rankings and use only published values; the table gives the values rounded as in the rankings.',
		showTable: 'Show the trends as a table',
		quarter: 'Quarter'
	},
	caveats: {
		heading: 'Reading these figures',
		illustrative:
			'ICE staffing, caseload and funding are illustrative until a ministry imports real figures; rankings of illustrative figures say nothing about real services.',
		disclosure:
			'Counts of 1 to 4 are shown as “<5”, and rates built on them withheld, for services you are not cleared for. Averages, rankings and percentiles use only the values you can see, so none of them reveals a hidden figure; an average needs at least 3 values.',
		opp: 'OPP units are approximated by census division; their populations and areas are approximate.',
		context: 'Similar context does not mean similar demand: a low value may reflect different reporting, not different capacity.'
	},
	sideBySide: {
		title: 'Services side by side',
		intro:
			'Up to four services in columns. Each column after the first is marked where it differs from the first by 10% or more: better, worse, or different when neither direction is better. The address of this page keeps the choice, so it can be shared.',
		formLabel: 'Services to compare',
		serviceN: 'Service {n}',
		none: '(none)',
		submit: 'Show side by side',
		caption: '{period}: {services}',
		context: 'Context',
		metrics: 'ICE capacity and caseload',
		reference: 'reference',
		better: 'better',
		worse: 'worse',
		different: 'different',
		province: 'Ontario average',
		compareLink: 'Full comparison',
		pickTwo: 'Choose at least two services.',
		errors: {
			missing: 'Choose at least one police service.',
			too_many: 'At most 4 services can be shown side by side; remove some from the list.',
			malformed: '“{id}” is not a police service id (ids are lowercase, such as toronto or opp-west).',
			duplicate: '{id} is listed twice.',
			unknown: 'There is no police service “{id}”.'
		}
	},
	notFound: 'There is no police service with this id.'
};
