/**
 * The projection as the atlas map draws it: each community coloured by its gap level with the scenario (the gap-level
 * categories and colours of the atlas), a ring around those whose level changes, and the change in words for the
 * tooltip and the links' accessible names ("Gap → Watch").
 */
import { classify, type MapClass } from '$lib/domain/classify';
import type { ProjectionView } from '$lib/domain/allocation/projection-view';
import { interpolate } from '$lib/i18n/text';
import type { MapCommunity } from '$lib/components/map/types';
import { GAP_LEVELS, type Level } from '$lib/domain/vocabulary';

export type ProjectionMapModel = { communities: MapCommunity[]; classes: MapClass[]; rings: string[] };

export function projectionMapModel(
	view: ProjectionView,
	levels: Readonly<Record<Level, string>>,
	words: { change: string; unchanged: string }
): ProjectionMapModel {
	const { classes, assignment } = classify(
		view.communities.map((community) => ({ csduid: community.csduid, value: community.after })),
		{ method: 'thresholds', categories: GAP_LEVELS }
	);
	const communities = view.communities.map((community): MapCommunity => {
		const changed = community.before !== community.after;
		return {
			csduid: community.csduid,
			name: community.name,
			service_id: community.service_id,
			service_name: community.service_name,
			value: null,
			display: changed
				? interpolate(words.change, { before: levels[community.before], after: levels[community.after] })
				: interpolate(words.unchanged, { level: levels[community.after] }),
			class_id: assignment[community.csduid] ?? 'no_data',
			level: community.after
		};
	});
	return { communities, classes, rings: view.changes.map((change) => change.csduid) };
}
