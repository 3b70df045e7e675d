/**
 * Working French names for police services. Official French names are used where they are known
 * (Service de police d'Ottawa, Service de police de Toronto, Service de police du Grand Sudbury,
 * Police régionale de Peel, Police régionale de York, Police provinciale de l'Ontario); the others
 * follow the same patterns and are translations, not official names (data/README.md says so).
 */

/** Services whose English name does not follow a pattern below. */
const FRENCH_NAMES: Readonly<Record<string, string>> = {
	'Ontario Provincial Police': "Police provinciale de l'Ontario",
	'Greater Sudbury Police Service': 'Service de police du Grand Sudbury',
	'Cornwall Community Police Service': 'Service de police communautaire de Cornwall',
	'Akwesasne Mohawk Police Service': "Service de police mohawk d'Akwesasne",
	'Tyendinaga Mohawk Police Service': 'Service de police mohawk de Tyendinaga',
	'Anishinabek Police Service': 'Service de police anishinabek',
	'UCCM Anishnaabe Police Service': 'Service de police anishnaabe UCCM',
	'Nishnawbe-Aski Police Service': 'Service de police Nishnawbe-Aski',
	'Six Nations Police Service': 'Service de police des Six Nations',
	'Treaty Three Police Service': 'Service de police du Traité no 3',
	'Wikwemikong Tribal Police Service': 'Service de police tribal de Wikwemikong'
};

/** "OPP <census division>" → "PPO <census division in French>". */
const OPP_UNIT = /^OPP (.+)$/;
const REGIONAL_SERVICE = /^(.+) Regional Police Service$/;
const REGIONAL_POLICE = /^(.+) Regional Police$/;
const POLICE_SERVICE = /^(.+) Police Service$/;
const POLICE = /^(.+) Police$/;

export function frenchServiceName(name: string): string {
	const known = FRENCH_NAMES[name];
	if (known) return known;
	let match: RegExpExecArray | null;
	if ((match = OPP_UNIT.exec(name))) return `PPO ${frenchCensusDivisionName(match[1] ?? '')}`;
	if ((match = REGIONAL_SERVICE.exec(name))) return `Service de police régional ${of(match[1] ?? '')}`;
	if ((match = REGIONAL_POLICE.exec(name))) return `Police régionale ${of(match[1] ?? '')}`;
	if ((match = POLICE_SERVICE.exec(name))) return `Service de police ${of(match[1] ?? '')}`;
	if ((match = POLICE.exec(name))) return `Police ${of(match[1] ?? '')}`;
	throw new Error(`no French name rule for police service "${name}"`);
}

/**
 * Statistics Canada's French census division names differ from the English ones only by "and"
 * becoming "et" (Stormont, Dundas et Glengarry; Leeds et Grenville) for the divisions with OPP units.
 */
export function frenchCensusDivisionName(name: string): string {
	return name.replace(/ and /g, ' et ');
}

/** "de X", elided to "d'X" before a vowel (Service de police d'Ottawa, d'Aylmer, d'Owen Sound). */
function of(place: string): string {
	return /^[AEIOUÉÈÊaeiou]/.test(place) ? `d'${place}` : `de ${place}`;
}
