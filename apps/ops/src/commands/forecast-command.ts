import { Option, type Command } from 'commander';
import { DateTime } from 'luxon';
import { backtest } from '../forecast/backtest.ts';
import { fitForecaster } from '../forecast/forecaster.ts';
import { DEFAULT_MODEL, MODEL_NAMES, modelByName, type ModelName } from '../forecast/model-catalogue.ts';
import { SeriesClock } from '../forecast/series-clock.ts';
import type { OpsSettings } from '../ops-settings.ts';
import { formatTable, type OpsOutput } from './ops-output.ts';
import { addTraceOptions, duration, loadTrace, probability, requireLength, type TraceOptions } from './shared-options.ts';

interface ForecastOptions extends TraceOptions {
  model: ModelName;
  horizon: number;
  window: number;
  quantile: number;
  backtest?: boolean;
  json?: boolean;
}

export function registerForecastCommand(program: Command, _settings: OpsSettings, output: OpsOutput): void {
  const command = program.command('forecast').description('Forecast request counts ahead with a prediction band, or backtest the models against seasonal-naive.');
  addTraceOptions(command)
    .addOption(new Option('--model <name>', 'forecasting model').choices(MODEL_NAMES).default(DEFAULT_MODEL))
    .addOption(new Option('--horizon <duration>', 'how far ahead').default(48 * 3_600_000, '48h').argParser(duration('--horizon')))
    .addOption(new Option('--window <duration>', 'history the parameters are fitted on (rolling)').default(21 * 86_400_000, '21d').argParser(duration('--window')))
    .addOption(new Option('--quantile <q>', 'upper edge of the band (the lower edge is 1 − q)').default(0.95).argParser(probability('--quantile')))
    .option('--backtest', 'rolling-origin backtest of every model (one origin a day after two weeks): MAE, MAPE, band coverage')
    .option('--json', 'print JSON')
    .addHelpText('after', `
Examples:
  $ statex-ops forecast --trace nasa.csv --time-col timestamp --count-col requests --horizon 48h > forecast.csv
  $ statex-ops forecast --trace nasa.csv --time-col timestamp --count-col requests --backtest`)
    .action(async (options: ForecastOptions) => {
      const trace = await loadTrace(options);
      const clock = new SeriesClock(trace.startMs, trace.intervalMs, trace.zone);
      const horizon = Math.max(1, Math.round(options.horizon / trace.intervalMs));
      const window = Math.max(1, Math.round(options.window / trace.intervalMs));
      if (options.backtest) {
        requireLength(trace, clock.intervalsPerWeek * 2 + horizon, 'A backtest (two weeks of history plus one horizon)');
        const scores = backtest(trace.counts, clock, MODEL_NAMES.map(modelByName), { horizon, window, upperQuantile: options.quantile, lowerQuantile: 1 - options.quantile });
        if (options.json) return output.out(`${JSON.stringify({ horizonIntervals: horizon, scores }, null, 2)}\n`);
        const naive = scores.find((s) => s.model === 'seasonal-naive-weekly');
        output.out(`Backtest: ${scores[0]?.origins ?? 0} origins one day apart, ${horizon} intervals ahead, fitted on at most ${window} intervals before each origin.\n`);
        output.out(formatTable(['model', 'MAE', 'MAPE', 'WAPE', 'MAE vs weekly naive', 'in band', 'above band'], scores.map((s) => [
          s.model, s.mae.toFixed(1), `${s.mape.toFixed(1)}%`, `${s.wape.toFixed(1)}%`, naive ? `${((100 * s.mae) / naive.mae - 100).toFixed(1)}%` : '', `${s.bandCoverage.toFixed(1)}%`, `${s.aboveBand.toFixed(1)}%`,
        ])));
        return;
      }
      const spec = modelByName(options.model);
      requireLength(trace, spec.minHistory(clock), `The ${options.model} model`);
      const from = Math.max(0, trace.counts.length - window);
      const forecaster = fitForecaster(spec, trace.counts.slice(from), from, clock, { upperQuantile: options.quantile, lowerQuantile: 1 - options.quantile, maxHorizon: horizon });
      const result = forecaster.forecast(horizon);
      const time = (k: number) => DateTime.fromMillis(clock.timeOf(result.firstIndex + k), { zone: trace.zone }).toISO({ suppressMilliseconds: true }) ?? '';
      const rows = result.point.map((point, k) => ({ timestamp: time(k), point: round(point), lower: round(result.lower[k]!), upper: round(result.upper[k]!) }));
      if (options.json) return output.out(`${JSON.stringify({ model: result.model, params: forecaster.params, quantile: options.quantile, forecast: rows }, null, 2)}\n`);
      output.err(`${result.model}, fitted on ${trace.counts.length - from} intervals; band ${((1 - options.quantile) * 100).toFixed(0)}–${(options.quantile * 100).toFixed(0)}% of past errors.\n`);
      output.out(`timestamp,point,lower,upper\n${rows.map((r) => `${r.timestamp},${r.point},${r.lower},${r.upper}`).join('\n')}\n`);
    });
}

const round = (value: number) => Math.round(value * 10) / 10;
