import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/database';
import { serviceComparisonFor } from '$lib/server/comparison';
import { viewerClearance } from '$lib/server/viewer';
import { apiError } from '$lib/server/api/respond';
import { comparisonCsv } from '$lib/domain/peers';
import { conditional } from '$lib/server/api/conditional';
import { messages } from '$lib/i18n/messages';

/** The comparison as CSV, with the page's parameters and the viewer's clearance ("<5" stays "<5"). */
export const GET: RequestHandler = conditional(async ({ params, url, locals }) => {
	const db = await getDb();
	const result = await serviceComparisonFor(db, params.service, url.searchParams, { cleared: await viewerClearance(locals), locale: locals.locale, trendQuarters: 1 });
	if (!result.ok) return apiError(result.status, result.status === 404 ? 'not_found' : 'bad_request', result.message, result.parameter);
	const { view, names, period } = result;
	const csv = comparisonCsv({
		period,
		police_service_id: view.police_service_id,
		basis: view.basis,
		comparisons: view.comparisons,
		peers: view.peers.map((peer) => ({ ...peer, name: names[peer.police_service_id] ?? peer.police_service_id })),
		features: view.features,
		similarity: view.similarity,
		names,
		illustrative: result.data.illustrative,
		locale: locals.locale,
		labels: { metrics: messages(locals.locale).metrics, features: messages(locals.locale).vocabulary.peerFeatures }
	});
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="ontario-ice-comparison-${view.police_service_id}-${period}.csv"`
		}
	});
});
