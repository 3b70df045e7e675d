import type { RequestHandler } from './$types';
import { baselineJson } from '$lib/server/api/coverage-json';
import { coverageAnswer } from '$lib/server/api/coverage-answer';
import { conditional } from '$lib/server/api/conditional';

/** Provincial median and quartiles of every numeric metric in a quarter (domain/coverage/baselines.ts says over what). */
export const GET: RequestHandler = conditional(async ({ url, locals }) => {
	return coverageAnswer(url, locals, (view) => {
		const data = Object.values(view.baselines).map(baselineJson);
		return { data, meta: { count: data.length } };
	});
});
