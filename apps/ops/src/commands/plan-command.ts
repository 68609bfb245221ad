import { Option, type Command } from 'commander';
import { DateTime } from 'luxon';
import { costReport } from '../cost/cost-report.ts';
import { fitForecaster } from '../forecast/forecaster.ts';
import { DEFAULT_MODEL, MODEL_NAMES, modelByName, type ModelName } from '../forecast/model-catalogue.ts';
import { SeriesClock } from '../forecast/series-clock.ts';
import { OpsError } from '../ops-errors.ts';
import type { OpsSettings } from '../ops-settings.ts';
import { CapacityPlanner } from '../planner/capacity-planner.ts';
import { planSchedule, replicaChanges } from '../planner/plan-schedule.ts';
import { maintenanceWindows } from '../schedule/maintenance-windows.ts';
import { DEFAULT_PREDICTIVE } from '../simulator/compare-policies.ts';
import { formatTable, type OpsOutput } from './ops-output.ts';
import { addScheduleOptions, addTraceOptions, businessHoursFrom, duration, loadTrace, positiveNumber, priceOption, probability, requireLength, wholeNumber, type ScheduleOptions, type TraceOptions } from './shared-options.ts';

interface PlanOptions extends TraceOptions, ScheduleOptions {
  capacity: number;
  headroom: number;
  minReplicas: number;
  maxReplicas: number;
  businessFloor: number;
  startupDelay: number;
  horizon: number;
  window: number;
  quantile: number;
  model: ModelName;
  price: number;
  json?: boolean;
}

export function registerPlanCommand(program: Command, settings: OpsSettings, output: OpsOutput): void {
  const command = program.command('plan').description('Plan replicas for the next hours from the history: forecast band, business-hours floor, bounds, damped scale-down; maintenance windows; cost.');
  addTraceOptions(command)
    .addOption(new Option('--capacity <n>', 'requests per interval one replica serves').makeOptionMandatory().argParser(positiveNumber('--capacity')))
    .addOption(new Option('--headroom <x>', 'multiplier on the upper band').default(1).argParser(positiveNumber('--headroom')))
    .addOption(new Option('--min-replicas <n>', 'never fewer').default(1).argParser(wholeNumber('--min-replicas')))
    .addOption(new Option('--max-replicas <n>', 'never more').default(20).argParser(wholeNumber('--max-replicas')))
    .addOption(new Option('--business-floor <n>', 'replicas held 09:00–18:00 on working days (from 08:30)').default(2).argParser(wholeNumber('--business-floor')))
    .addOption(new Option('--startup-delay <duration>', 'time until a new replica serves').default(5 * 60_000, '5m').argParser(duration('--startup-delay')))
    .addOption(new Option('--horizon <duration>', 'how far ahead').default(48 * 3_600_000, '48h').argParser(duration('--horizon')))
    .addOption(new Option('--window <duration>', 'history the forecaster is fitted on').default(21 * 86_400_000, '21d').argParser(duration('--window')))
    .addOption(new Option('--quantile <q>', 'forecast-error quantile provisioned for').default(DEFAULT_PREDICTIVE.upperQuantile).argParser(probability('--quantile')))
    .addOption(new Option('--model <name>', 'forecasting model').choices(MODEL_NAMES).default(DEFAULT_MODEL))
    .addOption(priceOption(settings));
  addScheduleOptions(command, { timezone: settings.timezone, holidays: 'cz' })
    .option('--json', 'print JSON')
    .action(async (options: PlanOptions) => {
      if (options.minReplicas > options.maxReplicas) throw new OpsError('OPS_BAD_OPTION', `--min-replicas (${options.minReplicas}) is above --max-replicas (${options.maxReplicas}).`);
      const trace = await loadTrace(options);
      const businessHours = businessHoursFrom(options, settings.timezone);
      const clock = new SeriesClock(trace.startMs, trace.intervalMs, trace.zone);
      const spec = modelByName(options.model);
      requireLength(trace, spec.minHistory(clock), `The ${options.model} model`);
      const horizon = Math.max(1, Math.round(options.horizon / trace.intervalMs));
      const startupIntervals = Math.ceil(options.startupDelay / trace.intervalMs - 1e-9);
      const from = Math.max(0, trace.counts.length - Math.round(options.window / trace.intervalMs));
      const forecaster = fitForecaster(spec, trace.counts.slice(from), from, clock, { upperQuantile: options.quantile, maxHorizon: horizon });
      const forecast = forecaster.forecast(horizon);
      const planner = new CapacityPlanner({
        capacityPerReplica: options.capacity,
        headroom: options.headroom,
        minReplicas: options.minReplicas,
        maxReplicas: options.maxReplicas,
        businessFloor: options.businessFloor,
        businessHours,
        leadMs: 30 * 60_000,
        stabilizationMs: 5 * 60_000,
      });
      const startMs = clock.timeOf(forecast.firstIndex);
      const steps = planSchedule({ startMs, intervalMs: trace.intervalMs, upper: forecast.upper }, planner, startupIntervals);
      const endMs = startMs + horizon * trace.intervalMs;
      const windows = maintenanceWindows(businessHours, startMs, endMs);
      const cost = costReport([{ name: 'plan', billed: steps.map((s) => s.replicas) }], trace.intervalMs, options.price, settings.currency);
      const local = (ms: number) => DateTime.fromMillis(ms, { zone: businessHours.zone }).toISO({ suppressMilliseconds: true }) ?? '';
      const changes = replicaChanges(steps);
      if (options.json) {
        output.out(`${JSON.stringify({
          model: forecast.model,
          timezone: businessHours.zone,
          schedule: steps.map((s) => ({ time: local(s.timeMs), upperDemand: Math.round(s.upperDemand * 10) / 10, replicas: s.replicas, reason: s.reason })),
          maintenanceWindows: windows.map((w) => ({ start: local(w.startMs), end: local(w.endMs), tasks: w.tasks })),
          cost: { ...cost.lines[0], alwaysOnPeak: cost.alwaysOnPeak, currency: cost.currency },
        }, null, 2)}\n`);
        return;
      }
      output.out(`Replica plan (${forecast.model}, upper band q=${options.quantile}, ${businessHours.zone}):\n`);
      output.out(formatTable(['from', 'replicas', 'reason', 'upper demand'], changes.map((s) => [local(s.timeMs), String(s.replicas), s.reason, s.upperDemand.toFixed(0)])));
      output.out(`\nMaintenance windows (${windows[0]?.tasks.join(', ') ?? 'none'}):\n`);
      output.out(windows.map((w) => `  ${local(w.startMs)} → ${local(w.endMs)}\n`).join('') || '  none in the horizon\n');
      const line = cost.lines[0]!;
      output.out(`\nCost: ${line.replicaHours.toFixed(1)} replica-hours over ${cost.hours.toFixed(0)} h ≈ ${line.costPerMonth.toFixed(2)} ${cost.currency}/month; ` +
        `always-on ${cost.alwaysOnPeak.replicas} replicas ≈ ${cost.alwaysOnPeak.costPerMonth.toFixed(2)} ${cost.currency}/month (${line.savingsPct.toFixed(1)}% saved).\n`);
    });
}
