import { writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { DateTime } from 'luxon';
import { OpsError } from '../ops-errors.ts';
import type { OpsSettings } from '../ops-settings.ts';
import { formatDuration } from '../schedule/duration.ts';
import { comparePolicies, DEFAULT_PREDICTIVE, type Comparison } from '../simulator/compare-policies.ts';
import { renderPlot } from '../simulator/plot-svg.ts';
import { formatTable, type OpsOutput } from './ops-output.ts';
import { addScheduleOptions, addTraceOptions, businessHoursFrom, duration, loadTrace, positiveNumber, priceOption, probability, wholeNumber, type ScheduleOptions, type TraceOptions } from './shared-options.ts';

interface SimulateOptions extends TraceOptions, ScheduleOptions {
  capacity: number;
  startupDelay: number;
  minReplicas: number;
  maxReplicas: number;
  price: number;
  quantile: number;
  surgeFactor: number;
  businessFloor: number;
  json?: boolean;
  plot?: string;
}

export function registerSimulateCommand(program: Command, settings: OpsSettings, output: OpsOutput): void {
  const command = program
    .command('simulate')
    .description('Replay a trace of request counts under oracle, static-peak, reactive-hpa, business-hours and predictive scaling; compare risk and cost.');
  addTraceOptions(command)
    .addOption(new Option('--capacity <n>', 'requests per interval one replica serves').default(50).argParser(positiveNumber('--capacity')))
    .addOption(new Option('--startup-delay <duration>', 'time until a new replica serves').default(5 * 60_000, '5m').argParser(duration('--startup-delay')))
    .addOption(new Option('--min-replicas <n>', 'lower bound for every policy').default(1).argParser(wholeNumber('--min-replicas')))
    .addOption(new Option('--max-replicas <n>', 'upper bound for every policy').default(1000).argParser(wholeNumber('--max-replicas')))
    .addOption(priceOption(settings))
    .addOption(new Option('--quantile <q>', 'predictive: forecast-error quantile provisioned for').default(DEFAULT_PREDICTIVE.upperQuantile).argParser(probability('--quantile')))
    .addOption(new Option('--surge-factor <x>', 'predictive: never below the last count × this (0 = off)').default(DEFAULT_PREDICTIVE.surgeFactor).argParser(Number))
    .addOption(new Option('--business-floor <n>', 'predictive: replicas held in business hours').default(0).argParser(wholeNumber('--business-floor')));
  addScheduleOptions(command, { timezone: null, holidays: 'none' })
    .option('--json', 'print {"policies":[…]} instead of a table')
    .option('--plot <file.svg>', 'draw demand against each policy\'s ready capacity')
    .addHelpText('after', `
Business hours are 09:00–18:00 on working days in --timezone (default: the trace's own UTC offset),
scaled up 30 minutes before opening. Capacity is in requests per interval of the trace.

Example:
  $ statex-ops simulate --trace nasa.csv --time-col timestamp --count-col requests --capacity 50 --startup-delay 5m --plot nasa.svg`)
    .action(async (options: SimulateOptions) => {
      if (options.minReplicas > options.maxReplicas) throw new OpsError('OPS_BAD_OPTION', `--min-replicas (${options.minReplicas}) is above --max-replicas (${options.maxReplicas}).`);
      const trace = await loadTrace(options);
      const businessHours = businessHoursFrom(options, trace.zone);
      const comparison = comparePolicies(trace, {
        capacityPerReplica: options.capacity,
        startupDelayMs: options.startupDelay,
        minReplicas: options.minReplicas,
        maxReplicas: options.maxReplicas,
        businessHours,
        leadMs: 30 * 60_000,
        pricePerReplicaHour: options.price,
        currency: settings.currency,
        predictive: { upperQuantile: options.quantile, surgeFactor: options.surgeFactor, headroom: 1, businessFloor: options.businessFloor },
      });
      if (options.plot) {
        const title = `${options.trace}: demand vs ready capacity (capacity ${options.capacity}/replica, startup ${formatDuration(options.startupDelay)})`;
        const label = (t: number) => DateTime.fromMillis(trace.startMs + t * trace.intervalMs, { zone: businessHours.zone }).toFormat('dd LLL HH:mm');
        await writeFile(options.plot, renderPlot(trace.counts, comparison.runs, options.capacity, title, label));
      }
      if (options.json) {
        output.out(`${JSON.stringify(toJson(comparison), null, 2)}\n`);
        return;
      }
      output.out(describeComparison(comparison, trace.gapsFilled));
      if (options.plot) output.out(`Plot written to ${options.plot}\n`);
    });
}

function toJson(comparison: Comparison) {
  return {
    intervalSeconds: comparison.intervalMs / 1000,
    intervals: comparison.intervals,
    currency: comparison.currency,
    alwaysOnPeak: comparison.alwaysOnPeak,
    policies: comparison.policies.map((p) => ({
      name: p.name,
      replicaHours: round(p.replicaHours, 2),
      underProvisionedPct: round(p.underProvisionedPct, 3),
      underProvisionedIntervals: p.underProvisionedIntervals,
      requestsOverCapacity: round(p.requestsOverCapacity, 1),
      ratioToOracle: round(p.ratioToOracle, 3),
      costPerMonth: round(p.cost.costPerMonth, 2),
      savingsVsAlwaysOnPeakPct: round(p.cost.savingsPct, 1),
    })),
  };
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

function describeComparison(c: Comparison, gapsFilled: number): string {
  const rows = c.policies.map((p) => [
    p.name,
    `${p.underProvisionedPct.toFixed(2)}%`,
    String(p.underProvisionedIntervals),
    Math.round(p.requestsOverCapacity).toString(),
    p.replicaHours.toFixed(1),
    `${p.ratioToOracle.toFixed(3)}×`,
    `${p.cost.costPerMonth.toFixed(2)} ${c.currency}`,
    `${p.cost.savingsPct.toFixed(1)}%`,
  ]);
  const head = `${c.intervals} intervals of ${formatDuration(c.intervalMs)}${gapsFilled ? ` (${gapsFilled} missing, counted as 0)` : ''}; new replicas serve after ${c.startupIntervals} interval(s).\n`;
  const foot = `Always-on peak: ${c.alwaysOnPeak.replicas} replicas, ${c.alwaysOnPeak.costPerMonth.toFixed(2)} ${c.currency} per month. Cost per month is the trace's rate scaled to 730 h.\n`;
  return head + formatTable(['policy', 'under-provisioned', 'intervals', 'requests over capacity', 'replica-hours', 'vs oracle', 'cost/month', 'saved vs peak'], rows) + foot;
}
