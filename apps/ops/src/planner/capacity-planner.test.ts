import { describe, expect, it } from 'vitest';
import { WORKING_WEEKDAYS } from '../schedule/business-hours.ts';
import { holidayCalendar } from '../schedule/holiday-calendar.ts';
import { CapacityPlanner, replicasForDemand, type PlannerConfig } from './capacity-planner.ts';
import { planSchedule, replicaChanges } from './plan-schedule.ts';

const MIN = 60_000;
const base: PlannerConfig = {
  capacityPerReplica: 50,
  headroom: 1,
  minReplicas: 1,
  maxReplicas: 10,
  businessFloor: 0,
  businessHours: null,
  leadMs: 30 * MIN,
  stabilizationMs: 5 * MIN,
};

describe('capacity planner', () => {
  it('asks for ceil(upper × headroom ÷ capacity)', () => {
    expect(replicasForDemand(100, base)).toBe(2);
    expect(replicasForDemand(101, base)).toBe(3);
    expect(replicasForDemand(100, { ...base, headroom: 1.2 })).toBe(3);
    expect(replicasForDemand(0, base)).toBe(0);
  });

  it('keeps to the min and max bounds and says why', () => {
    const planner = new CapacityPlanner(base);
    expect(planner.need(0, 0)).toEqual({ replicas: 1, reason: 'minimum' });
    expect(planner.need(10_000, 0)).toEqual({ replicas: 10, reason: 'maximum' });
    expect(planner.need(260, 0)).toEqual({ replicas: 6, reason: 'forecast' });
    expect(() => new CapacityPlanner({ ...base, minReplicas: 5, maxReplicas: 2 })).toThrow(/minReplicas/);
  });

  it('damps scale-down for the stabilization window and scales up at once', () => {
    const planner = new CapacityPlanner(base);
    const at = (minute: number, replicas: number) => planner.decide(minute * MIN, [{ replicas, reason: 'forecast' }]);
    expect(at(0, 6).replicas).toBe(6);
    expect(at(1, 2)).toEqual({ replicas: 6, reason: 'scale-down damped' });
    expect(at(5, 2).replicas).toBe(6); // the 6 at minute 0 is still within 5 minutes
    expect(at(6, 2).replicas).toBe(2);
    expect(at(7, 9).replicas).toBe(9); // up: immediately
  });

  it('provisions for the largest need until new replicas would be ready', () => {
    const planner = new CapacityPlanner(base);
    expect(planner.decide(0, [{ replicas: 2, reason: 'forecast' }, { replicas: 5, reason: 'forecast' }])).toEqual({ replicas: 5, reason: 'forecast' });
  });

  it('holds the business-hours floor from 30 minutes before opening, in Prague time', () => {
    const planner = new CapacityPlanner({
      ...base,
      businessFloor: 4,
      businessHours: { zone: 'Europe/Prague', openHour: 9, closeHour: 18, workingWeekdays: WORKING_WEEKDAYS, calendar: holidayCalendar({ set: 'cz' }) },
    });
    // Monday 30 March 2026 (CEST, UTC+2): 08:25 no floor, 08:30 floor; Easter Monday 6 April: no floor.
    expect(planner.need(10, Date.parse('2026-03-30T06:25:00Z')).replicas).toBe(1);
    expect(planner.need(10, Date.parse('2026-03-30T06:30:00Z'))).toEqual({ replicas: 4, reason: 'business-hours floor' });
    expect(planner.need(10, Date.parse('2026-04-06T08:00:00Z')).replicas).toBe(1);
    expect(planner.need(400, Date.parse('2026-03-30T08:00:00Z'))).toEqual({ replicas: 8, reason: 'forecast' });
  });

  it('turns a forecast band into a schedule that scales up one startup delay ahead', () => {
    const planner = new CapacityPlanner(base);
    const upper = [40, 40, 40, 240, 240, 40, 40, 40, 40];
    const steps = planSchedule({ startMs: 0, intervalMs: 5 * MIN, upper }, planner, 1);
    expect(steps.map((s) => s.replicas)).toEqual([1, 1, 5, 5, 5, 5, 1, 1, 1]);
    expect(replicaChanges(steps).map((s) => [s.timeMs / MIN, s.replicas, s.reason])).toEqual([
      [0, 1, 'forecast'],
      [10, 5, 'forecast'],
      [30, 1, 'forecast'],
    ]);
  });
});
