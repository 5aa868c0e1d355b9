import { describe, expect, it } from 'vitest';
import { DEFAULT_PERIOD, monthsOf, periodOf, yearBefore, yearElapsedPercent, zoneToday } from './period';

describe('the period in the URL', () => {
  it('reads from and to', () => {
    expect(periodOf(new URLSearchParams('from=2011-04-01&to=2011-06-30'))).toEqual({ from: '2011-04-01', to: '2011-06-30' });
  });
  it('falls back to the demo half-year when absent, malformed or reversed', () => {
    expect(periodOf(new URLSearchParams(''))).toEqual(DEFAULT_PERIOD);
    expect(periodOf(new URLSearchParams('from=2011-1-1&to=2011-06-30'))).toEqual(DEFAULT_PERIOD);
    expect(periodOf(new URLSearchParams('from=2011-07-01&to=2011-06-30'))).toEqual(DEFAULT_PERIOD);
  });
  it('shifts a year back, 29 February to 28 February', () => {
    expect(yearBefore({ from: '2012-01-01', to: '2012-02-29' })).toEqual({ from: '2011-01-01', to: '2011-02-28' });
  });
  it('lists the months a period touches, across a year end', () => {
    expect(monthsOf({ from: '2010-11-15', to: '2011-02-01' })).toEqual(['2010-11', '2010-12', '2011-01', '2011-02']);
  });
  it('tells the share of the year elapsed in months: the end of June is half', () => {
    expect(yearElapsedPercent({ from: '2011-01-01', to: '2011-06-30' })).toBeCloseTo(50, 5);
    expect(yearElapsedPercent({ from: '2011-01-01', to: '2011-06-15' })).toBeCloseTo(45.83, 2);
    expect(yearElapsedPercent({ from: '2011-01-01', to: '2011-12-31' })).toBeCloseTo(100, 5);
  });
});

describe("today in the zone's calendar", () => {
  it('is the day in Asia/Shanghai, not the UTC date', () => {
    expect(zoneToday(new Date('2026-12-03T15:59:59Z'))).toBe('2026-12-03');
    expect(zoneToday(new Date('2026-12-03T16:00:00Z'))).toBe('2026-12-04');
  });
});
