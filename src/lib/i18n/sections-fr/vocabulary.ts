/** French words for the domain's codes; English beside it in sections/vocabulary.ts (same keys, checked by the type system). */
import type { Messages } from '../messages';

export const vocabularyFr: Messages['vocabulary'] = {
	levels: { none: 'Aucune lacune', watch: 'Surveillance', gap: 'Lacune', critical: 'Critique' },
	remoteness: {
		urban_access: 'Accès urbain',
		rural: 'Rural',
		remote: 'Éloigné',
		fly_in: 'Accessible par avion'
	},
	peerFeatures: {
		population: 'Population (Recensement de 2021)',
		density: 'Densité de population',
		children_share: 'Part des enfants de 0 à 17 ans',
		remoteness: 'Distance d’un grand centre urbain',
		referrals_per_100k: 'Renvois pour 100 000 habitants (en rythme annuel)'
	}
};
