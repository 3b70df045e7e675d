/**
 * Money and share wording for the engine's own sentences (explanations, validation and infeasibility messages).
 * Screens format numbers through $lib/format.ts; these sentences are part of the engine's output, which must be
 * byte-identical on the server and in every browser, so they avoid Intl, whose output changes with ICU versions (fr-CA
 * switched its group separator from U+00A0 to U+202F, for one).
 */

const NO_BREAK_SPACE = '\u00a0';

/** "1234567" → "1,234,567"; a loop rather than a regex, as explanations format thousands of amounts per recompute. */
function groupThousands(digits: string, separator: string): string {
	const head = digits.length % 3 || 3;
	let grouped = digits.slice(0, head);
	for (let i = head; i < digits.length; i += 3) grouped += separator + digits.slice(i, i + 3);
	return grouped;
}

function split(cents: number): { sign: string; dollars: string; cents: string } {
	const whole = Math.round(Math.abs(cents));
	return {
		sign: cents < 0 && whole > 0 ? '-' : '',
		dollars: String(Math.floor(whole / 100)),
		cents: String(whole % 100).padStart(2, '0')
	};
}

/** 123456789 → "$1,234,567.89" (Canadian English). */
export function centsEn(cents: number): string {
	const parts = split(cents);
	return `${parts.sign}$${groupThousands(parts.dollars, ',')}.${parts.cents}`;
}

/** 123456789 → "1 234 567,89 $" with no-break spaces (Canadian French, Office québécois de la langue française). */
export function centsFr(cents: number): string {
	const parts = split(cents);
	return `${parts.sign}${groupThousands(parts.dollars, NO_BREAK_SPACE)},${parts.cents}${NO_BREAK_SPACE}$`;
}

/** 0.125 → "12.5%" / "12,5 %" (French sets a no-break space before %): at most two decimals, no trailing zeros. */
export function percentEn(share: number): string {
	return `${trimmed(share * 100)}%`;
}

export function percentFr(share: number): string {
	return `${trimmed(share * 100).replace('.', ',')}${NO_BREAK_SPACE}%`;
}

function trimmed(value: number): string {
	return String(Math.round(value * 100) / 100);
}
