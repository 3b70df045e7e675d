/**
 * The metric registry's front door: pages, components, the API and the engine import metrics from here.
 * The entries live in domain/metrics/ (one per metric, with its computation, disclosed counts, average
 * weight and where it appears); this module only re-exports them.
 */
export * from './domain/metrics/registry';
