import type { RequestHandler } from './$types';
import { apiData } from '$lib/server/api/respond';
import { metricIds, metrics } from '$lib/metrics';

/** The metric registry (src/lib/metrics.ts) as it is: definitions only, no ICE figures. */
export const GET: RequestHandler = () => apiData(metricIds.map((id) => metrics[id]), { count: metricIds.length });
