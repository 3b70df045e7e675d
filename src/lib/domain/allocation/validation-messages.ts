/**
 * English and French wording of the validation messages. The schema carries the English text (valibot reports it);
 * `frenchFor` finds the French twin, so every error the form or the API shows exists in both languages (FLSA).
 */

export const MESSAGES = {
	required: { en: 'This field is required.', fr: 'Ce champ est obligatoire.' },
	notAnObject: { en: 'Expected an object.', fr: 'Un objet est attendu.' },
	number: { en: 'Enter a number.', fr: 'Entrez un nombre.' },
	wholeCents: { en: 'Enter a whole number of cents.', fr: 'Entrez un nombre entier de cents.' },
	negative: { en: 'Must not be negative.', fr: 'Ne doit pas être négatif.' },
	budgetPositive: { en: 'The budget must be more than zero.', fr: 'Le budget doit être supérieur à zéro.' },
	budgetTooLarge: {
		en: 'The budget must be at most 10^14 cents ($1 trillion).',
		fr: 'Le budget ne peut dépasser 10^14 cents (1 000 milliards $).'
	},
	share: { en: 'Enter a share between 0 and 1.', fr: 'Entrez une part entre 0 et 1.' },
	eligibility: {
		en: 'Choose ICE Strategy members or all services.',
		fr: 'Choisissez les membres de la Stratégie EEI ou tous les services.'
	},
	floorKind: { en: 'Give the floor as cents or as a share.', fr: 'Indiquez le plancher en cents ou en part.' },
	capKind: {
		en: 'Give the cap as cents, as a share, or none.',
		fr: 'Indiquez le plafond en cents, en part, ou aucun.'
	},
	rounding: {
		en: 'Round to the cent (1), the dollar (100) or $1,000 (100000).',
		fr: 'Arrondissez au cent (1), au dollar (100) ou à 1 000 $ (100000).'
	},
	weightsObject: {
		en: 'Give one weight per factor, as an object.',
		fr: 'Donnez un poids par facteur, sous forme d’objet.'
	},
	positive: { en: 'Must be more than zero.', fr: 'Doit être supérieur à zéro.' },
	optimiserBudgetTooLarge: {
		en: 'The optimiser takes budgets up to $1,000,000,000.00.',
		fr: 'L’optimiseur accepte des budgets jusqu’à 1\u00a0000\u00a0000\u00a0000,00\u00a0$.'
	},
	objective: {
		en: 'Choose to lower the worst caseload or to close the most gaps.',
		fr: 'Choisissez de réduire la pire charge de travail ou de combler le plus de lacunes.'
	},
	increment: { en: 'Enter an increment between 0 and 10 FTE.', fr: 'Entrez un incrément entre 0 et 10 ETP.' },
	text: { en: 'Enter text.', fr: 'Entrez du texte.' },
	flag: { en: 'Enter true or false.', fr: 'Entrez vrai ou faux.' },
	serviceKind: {
		en: 'Give the kind of service: municipal, opp or first_nations.',
		fr: 'Indiquez le type de service : municipal, opp ou first_nations.'
	},
	list: { en: 'Expected a list of services.', fr: 'Une liste de services est attendue.' }
} as const satisfies Record<string, { en: string; fr: string }>;

const frenchByEnglish = new Map<string, string>(Object.values(MESSAGES).map((m) => [m.en, m.fr]));

export function frenchFor(english: string): string | undefined {
	return frenchByEnglish.get(english);
}
