import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export interface Period {
  from: string;
  to: string;
}

/**
 * The demo zone's records are its first half of 2011 (the source report's period), so that is what a page shows
 * until the user picks another period; the period then lives in the URL (?from=…&to=…), which survives a reload,
 * a bookmark and a new login.
 */
export const DEFAULT_PERIOD: Period = { from: '2011-01-01', to: '2011-06-30' };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const ZONE_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Today in the zone's calendar (Asia/Shanghai), as the services date business days: the browser's UTC date is the
 * day before from 00:00 to 08:00 there.
 */
export function zoneToday(now: Date = new Date()): string {
  return ZONE_DAY.format(now);
}

export function periodOf(params: URLSearchParams): Period {
  const from = params.get('from');
  const to = params.get('to');
  if (from && to && ISO_DATE.test(from) && ISO_DATE.test(to) && from <= to) return { from, to };
  return DEFAULT_PERIOD;
}

/** The same dates one year earlier (29 February becomes 28 February). */
export function yearBefore(period: Period): Period {
  const shift = (date: string) => {
    const year = Number(date.substring(0, 4)) - 1;
    const monthDay = date.substring(4) === '-02-29' ? '-02-28' : date.substring(4);
    return `${year}${monthDay}`;
  };
  return { from: shift(period.from), to: shift(period.to) };
}

/**
 * Share of the period's year elapsed at its end, percent: the "time" half of 双过半. Counted in months, as the zone
 * counts it (the end of June is half the year), the last month by its days.
 */
export function yearElapsedPercent(period: Period): number {
  const end = new Date(`${period.to}T00:00:00Z`);
  const daysInMonth = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0)).getUTCDate();
  return ((end.getUTCMonth() + end.getUTCDate() / daysInMonth) * 100) / 12;
}

/** The months a period touches, as YYYY-MM. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let year = Number(period.from.substring(0, 4));
  let month = Number(period.from.substring(5, 7));
  const last = period.to.substring(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month += 1;
    if (month > 12) { month = 1; year += 1; }
  }
}

export function usePeriod(): [Period, (period: Period) => void] {
  const [params, setParams] = useSearchParams();
  const period = useMemo(() => periodOf(params), [params]);
  const setPeriod = useCallback(
    (next: Period) => setParams((prev) => {
      const merged = new URLSearchParams(prev);
      merged.set('from', next.from);
      merged.set('to', next.to);
      return merged;
    }),
    [setParams],
  );
  return [period, setPeriod];
}
