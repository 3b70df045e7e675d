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
	oppTeam: 'équipe de la PPO (région {region})',
	reasons: {
		responder_load: 'Charge de renvois du répondant',
		responder_without_investigators: 'Répondant sans enquêteur',
		responder_backlog_growth: 'Arriéré croissant du répondant',
		responder_forensic_backlog: 'File d’attente en criminalistique du répondant',
		responder_forensic_without_examiner: 'File d’attente sans examinateur',
		responder_not_reported: 'Le répondant n’a pas déclaré',
		assisted_by_opp: 'Desservie par la PPO',
		far_from_base: 'Loin de son répondant',
		fly_in_community: 'Collectivité accessible par avion'
	},
	peerFeatures: {
		population: 'Population (Recensement de 2021)',
		density: 'Densité de population',
		children_share: 'Part des enfants de 0 à 17 ans',
		remoteness: 'Distance d’un grand centre urbain',
		referrals_per_100k: 'Renvois pour 100 000 habitants (en rythme annuel)'
	}
};
