import parsePrometheusTextFormat from 'parse-prometheus-text-format';

/** What the monitor reads from one scrape of a process's /metrics: cumulative counters and current gauges. */
export interface MetricsSample {
  httpRequests: number;
  http5xx: number;
  /** Cumulative seconds and count of the request-duration histogram. */
  durationSum: number;
  durationCount: number;
  queueWaiting: number;
}

/** Reads the counters the monitor watches from Prometheus text (prom-client's format). */
export function readMetricsSample(text: string): MetricsSample {
  const sample: MetricsSample = { httpRequests: 0, http5xx: 0, durationSum: 0, durationCount: 0, queueWaiting: 0 };
  for (const family of parsePrometheusTextFormat(text)) {
    if (family.name === 'statex_http_requests_total') {
      for (const m of family.metrics) {
        const n = Number(m.value ?? 0);
        sample.httpRequests += n;
        if ((m.labels?.status ?? '').startsWith('5')) sample.http5xx += n;
      }
    } else if (family.name === 'statex_http_request_duration_seconds') {
      for (const m of family.metrics) {
        sample.durationSum += Number(m.sum ?? 0);
        sample.durationCount += Number(m.count ?? 0);
      }
    } else if (family.name === 'statex_queue_jobs') {
      for (const m of family.metrics) if (m.labels?.state === 'waiting' || m.labels?.state === 'delayed') sample.queueWaiting += Number(m.value ?? 0);
    }
  }
  return sample;
}

/** Sums samples of several processes (the API processes each count their own requests). */
export function sumSamples(samples: MetricsSample[]): MetricsSample {
  const total: MetricsSample = { httpRequests: 0, http5xx: 0, durationSum: 0, durationCount: 0, queueWaiting: 0 };
  for (const s of samples) {
    total.httpRequests += s.httpRequests;
    total.http5xx += s.http5xx;
    total.durationSum += s.durationSum;
    total.durationCount += s.durationCount;
    // Every process reports the same shared queue: take the largest, not the sum.
    total.queueWaiting = Math.max(total.queueWaiting, s.queueWaiting);
  }
  return total;
}
