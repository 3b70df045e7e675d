import type { RequestHandler } from './$types';
import { apiData } from '$lib/server/api/respond';
import { metricIds, publishedDefinition } from '$lib/metrics';

/** The metric registry's published definitions (domain/metrics/): no ICE figures, no computations. */
export const GET: RequestHandler = () => apiData(metricIds.map(publishedDefinition), { count: metricIds.length });
