import type { RequestHandler } from './$types';
import { apiData } from '$lib/server/api/respond';
import { metricJson } from '$lib/server/api/metrics-json';
import { metricIds } from '$lib/metrics';

/** The metric registry's published definitions (domain/metrics/) and their words: no ICE figures, no computations. */
export const GET: RequestHandler = () => apiData(metricIds.map(metricJson), { count: metricIds.length });
