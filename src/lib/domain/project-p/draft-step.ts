/** The draft page's two steps, as its load returns them (server/services/project-p-draft.ts): choose a community, then fill the form. */
import type { ShownReason } from '$lib/domain/coverage/shown-reason';
import type { Level } from '$lib/domain/coverage';
import type { RequestDraft } from '$lib/domain/project-p/draft';

export interface CommunityChoice {
	csduid: string;
	name: string;
	service_name: string;
	level: Level | null;
	recommended: boolean;
}

export type DraftStep =
	| {
			step: 'form';
			community: { csduid: string; name: string; service_name: string; opp_region: string };
			allowed: boolean;
			flag: { period: string; level: Level; recommended: boolean; reasons: ShownReason[] } | null;
			draft: RequestDraft;
	  }
	| { step: 'choose'; service: { id: string; name: string } | null; query: string; matches: CommunityChoice[] | null; flagged: CommunityChoice[] };
