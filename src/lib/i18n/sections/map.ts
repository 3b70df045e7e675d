/** Strings of the atlas map page and its component (MapStrings), in English and French. */
import type { CategoryId, SpecialClassId } from '../../domain/classify';
import type { Level } from '../../domain/coverage/types';
import type { ZoomPresetId } from '../../geo/projection';

/**
 * Every user-visible string of the map components. Templates use `{name}` placeholders
 * (filled with i18n `interpolate`).
 */
export interface MapStrings {
	/** Accessible name of the map: "{title}, {period}". */
	mapLabel: string;
	/** Read after the label: "Use the arrow keys to move between communities, Enter to open one, + and − to zoom." */
	keyboardHelp: string;
	/** Accessible name of one community's link: "{name} ({service}): {value}"; levelLabel is appended. */
	communityLabel: string;
	/** Appended to communityLabel when the community has a level: "gap level {level}". */
	levelLabel: string;
	tooltip: { service: string; value: string; level: string };
	levels: Record<Level, string>;
	legend: {
		title: string;
		/** "{min} – {max}" */
		range: string;
		/** A threshold class that stops below its upper bound: "{min} to under {max}". */
		rangeBelow: string;
		/** "{count} community" / "{count} communities" (French: 0 and 1 are singular). */
		countOne: string;
		countOther: string;
		categories: Record<CategoryId, string>;
		special: Record<SpecialClassId, string>;
		/** Legend entry for the open Project P request rings. */
		requests: string;
		/** Under a gap-level legend: how the level is set (the rule is in domain/coverage/gap-rules.ts). */
		levelRule: string;
		levelRuleLink: string;
	};
	controls: {
		/** Accessible name of the group of map controls: "Map view". */
		label: string;
		zoomIn: string;
		zoomOut: string;
		reset: string;
		/** Accessible name of the preset buttons' group: "Zoom to". */
		presetsLabel: string;
		presets: Record<ZoomPresetId, string>;
		exportLabel: string;
		exportSvg: string;
		exportPng: string;
	};
}

const mapComponentEn: MapStrings = {
	mapLabel: 'Map: {title}, {period}',
	keyboardHelp: 'Use the arrow keys to move between communities, Enter to open one, + and − to zoom.',
	communityLabel: '{name} ({service}): {value}',
	levelLabel: 'gap level {level}',
	tooltip: { service: 'Police service', value: 'Value', level: 'Gap level' },
	levels: { none: 'none', watch: 'watch', gap: 'gap', critical: 'critical' },
	legend: {
		title: 'Legend',
		range: '{min} – {max}',
		rangeBelow: '{min} to under {max}',
		countOne: '{count} community',
		countOther: '{count} communities',
		categories: {
			none: 'No gap',
			watch: 'Watch',
			gap: 'Gap',
			critical: 'Critical',
			urban_access: 'Urban access (under 50 km)',
			rural: 'Rural (50 to 150 km)',
			remote: 'Remote (150 km or more)',
			fly_in: 'Fly-in',
			no: 'No',
			yes: 'Yes'
		},
		special: { suppressed: 'Suppressed (<5)', no_population: 'Population not available', no_data: 'No data' },
		requests: 'Open Project P request',
		levelRule:
			'Level = the load of the unit that answers the community (its responder) × how it reaches it. Critical: an overloaded responder that is far away or reached only by air.',
		levelRuleLink: 'How the level is set'
	},
	controls: {
		label: 'Map view',
		zoomIn: 'Zoom in',
		zoomOut: 'Zoom out',
		reset: 'Reset view',
		presetsLabel: 'Zoom to',
		presets: { province: 'Province', south: 'South', gta: 'GTA', north: 'North' },
		exportLabel: 'Download the map',
		exportSvg: 'Download map (SVG)',
		exportPng: 'Download map (PNG)'
	}
};

export const mapEn = {
	component: mapComponentEn,
	title: 'ICE coverage map',
	intro:
		'Every Ontario community, coloured by the ICE capacity, caseload, funding or coverage-gap level of the police service that covers it.',
	headline: {
		label: 'At a glance, {period}',
		flagged: 'Communities flagged',
		flaggedNote: 'watch, gap or critical',
		projectP: 'On the Project P list',
		projectPNote: 'assistance recommended',
		children: 'Children in them',
		childrenNote: 'aged 0–17, estimated',
		investigators: 'ICE investigators',
		investigatorsNote: 'full-time equivalent',
		funding: 'Strategy funding',
		fundingNote: 'fiscal year {year}'
	},
	optionsLabel: 'Map options',
	filtersLabel: 'Filters and outlines',
	metricLabel: 'Metric',
	periodLabel: 'Quarter',
	methodLabel: 'Classes',
	methods: { quantile: 'Quantiles', ckmeans: 'Natural breaks (ckmeans)', thresholds: 'Metric thresholds' },
	regionLabel: 'OPP region',
	regions: { West: 'West', Central: 'Central', East: 'East', 'North East': 'North East', 'North West': 'North West' },
	kindLabel: 'Service kind',
	levelFilterLabel: 'Gap level',
	all: 'All',
	apply: 'Update map',
	outlinesLegend: 'Outlines',
	outlinesServices: 'Police service outlines',
	outlinesDivisions: 'Census division lines',
	searchLabel: 'Find a community',
	searchButton: 'Find',
	searchNoMatch: 'No community matches "{query}".',
	tableTitle: 'Communities in this view',
	tableValue: 'Value',
	tableLevel: 'Gap level',
	tableProjectP: 'Project P recommended',
	showOnMap: 'Show {name} on the map',
	sortBy: 'Sort by {column}',
	downloadCsv: 'Download data (CSV)',
	noInvestigator: 'No ICE investigator (no unit)',
	noExaminer: 'No forensic examiner',
	source:
		'Sources: Statistics Canada 2021 Census (boundaries, population); compiled police jurisdiction; ILLUSTRATIVE ICE figures (not real).',
	summaryGaps: '{count} communities at gap or critical level in {period}, most in the {region} region.',
	summaryGapsNone: 'No community is at gap or critical level in {period}.',
	summaryProjectP: 'Project P assistance is recommended for {count} communities ({children} children, estimated).',
	regionUnknown: 'unassigned',
	showing: 'Showing {shown} of {total} communities.'
};
