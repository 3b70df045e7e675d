/**
 * The coverage endpoints' common path: the quarter from `?period=` (a 400 naming it when it is not
 * one), the coverage as the viewer may see it (disclosure applied), and the answer with the period's
 * fields and the illustrative flag in its meta.
 */
import type { CoverageView } from '../../domain/coverage';
import { choosePeriod, coverageFor } from '../coverage';
import { getDb } from '../database';
import { viewerClearance } from '../viewer';
import { isIllustrative } from './coverage-json';
import { periodFieldsFor } from './period-fields';
import { apiData, badParameter } from './respond';

/** What an endpoint makes of the view: its data and any meta of its own, or a refusal (404). */
type CoverageAnswer = Response | { data: unknown; meta?: Record<string, unknown> };

export async function coverageAnswer(url: URL, locals: App.Locals, answer: (view: CoverageView) => CoverageAnswer): Promise<Response> {
	const db = await getDb();
	const choice = await choosePeriod(db, url.searchParams.get('period'));
	if (!choice.ok) return badParameter('period', choice.message);
	const view = await coverageFor(db, choice.period, await viewerClearance(locals));
	const built = answer(view);
	if (built instanceof Response) return built;
	return apiData(built.data, { ...(await periodFieldsFor(db, choice.period)), illustrative: isIllustrative(view), ...built.meta });
}
