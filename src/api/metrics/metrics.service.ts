// The MetricsService of each store the API serves: one per store and process, not per request,
// because its cache (PageRanks by window, pages) is what makes a repeated ranking cost microseconds.
// The cache is keyed by the store's graphVersion, so an ingest (in this process or another)
// invalidates it (src/metrics/service.ts).
import type { GraphStore } from "../../graph/port.js";
import { MetricsService } from "../../metrics/service.js";

const services = new WeakMap<GraphStore, MetricsService>();

export function metricsOf(store: GraphStore): MetricsService {
  let service = services.get(store);
  if (!service) services.set(store, (service = new MetricsService(store)));
  return service;
}
