/**
 * Amounts as the zone writes them: 亿元 (100,000,000 yuan) and 万元 (10,000 yuan), trailing zeros dropped
 * (12.85亿元, 6.8亿元, 35200万元); the exact yuan for a tooltip.
 */
export type Amount = string | number | null | undefined;
export type Unit = 'yi' | 'wan';

const YI = 100_000_000;
const WAN = 10_000;

function num(value: Amount): number {
  return value === null || value === undefined ? 0 : Number(value);
}

function trim(value: number, maxFraction: number, grouping: boolean): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: maxFraction, useGrouping: grouping });
}

/** The unit the zone would use: 亿 from one 亿 up, else 万. */
export function unitFor(value: Amount): Unit {
  return Math.abs(num(value)) >= YI ? 'yi' : 'wan';
}

/** The number in the unit, without the unit: 1285000000 → "12.85" in 亿. */
export function inUnit(value: Amount, unit: Unit, grouping = false): string {
  return unit === 'yi' ? trim(num(value) / YI, 4, grouping) : trim(num(value) / WAN, 2, grouping);
}

/** 1285000000 → "12.85亿元"; 352000000 in 万 → "35200万元" (grouping: "35,200万元"). */
export function yuan(value: Amount, unit: Unit = unitFor(value), grouping = false): string {
  return `${inUnit(value, unit, grouping)}${unit === 'yi' ? '亿元' : '万元'}`;
}

/** US dollars in 万: 30000000 → "3000万美元". */
export function usd(value: Amount, grouping = false): string {
  return `${inUnit(value, 'wan', grouping)}万美元`;
}

/** The exact amount, for a tooltip: "1,285,000,000.00 元". */
export function exact(value: Amount, currency: '元' | '美元' = '元'): string {
  return `${num(value).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${currency}`;
}

/** Percent as the source writes it: 40%, 48.9%; a dash when there is nothing to compare with. */
export function percent(value: Amount): string {
  if (value === null || value === undefined) return '—';
  return `${trim(Number(value), 1, false)}%`;
}

/** Land in 亩, as written: 271. */
export function mu(value: Amount): string {
  return trim(num(value), 2, true);
}
