/**
 * Forecaster backtest and policy comparison on a trace of request counts (default: the NASA
 * July 1995 trace beside the repository). Prints figures; asserts nothing.
 *
 *   node bench/forecast-backtest.ts [FILE TIME_COL COUNT_COL]
 */
import { backtest } from '../apps/ops/src/forecast/backtest.ts';
import { MODEL_NAMES, modelByName } from '../apps/ops/src/forecast/model-catalogue.ts';
import { SeriesClock } from '../apps/ops/src/forecast/series-clock.ts';
import { readTraceFile } from '../apps/ops/src/simulator/read-trace.ts';

const [file = new URL('../../shared/data/nasa-http-jul1995-5min.csv', import.meta.url).pathname, timeCol = 'timestamp', countCol = 'requests'] = process.argv.slice(2);
const trace = await readTraceFile(file, { timeCol, countCol });
const clock = new SeriesClock(trace.startMs, trace.intervalMs, trace.zone);
for (const [label, horizon] of [['48 h ahead', clock.intervalsPerDay * 2], ['10 minutes ahead (2 intervals)', 2]] as const) {
  const started = performance.now();
  const scores = backtest(trace.counts, clock, MODEL_NAMES.map(modelByName), { horizon });
  console.log(`\n${file}: ${label}, ${scores[0]?.origins ?? 0} daily origins (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  console.table(scores.map((s) => ({ model: s.model, MAE: +s.mae.toFixed(1), 'MAPE %': +s.mape.toFixed(1), 'WAPE %': +s.wape.toFixed(1), 'in 90% band %': +s.bandCoverage.toFixed(1), 'above band %': +s.aboveBand.toFixed(1) })));
}
