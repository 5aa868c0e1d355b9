import { describe, expect, it } from 'vitest';
import { exact, mu, percent, usd, yuan } from './format';

describe('amounts as the zone writes them', () => {
  it('writes 亿元 from one 亿 up, trailing zeros dropped', () => {
    expect(yuan('1285000000.00')).toBe('12.85亿元');
    expect(yuan(680000000)).toBe('6.8亿元');
    expect(yuan('162500000')).toBe('1.625亿元');
  });
  it('writes 万元 below one 亿, or when asked', () => {
    expect(yuan(20770000)).toBe('2077万元');
    expect(yuan(352000000, 'wan')).toBe('35200万元');
    expect(yuan(352000000, 'wan', true)).toBe('35,200万元');
  });
  it('writes dollars in 万美元', () => {
    expect(usd('30000000.00')).toBe('3000万美元');
    expect(usd(30000000, true)).toBe('3,000万美元');
  });
  it('gives the exact value for the tooltip', () => {
    expect(exact('1285000000')).toBe('1,285,000,000.00 元');
    expect(exact(30000000, '美元')).toBe('30,000,000.00 美元');
  });
  it('writes percents to one decimal, and a dash without a base', () => {
    expect(percent(40)).toBe('40%');
    expect(percent('48.94')).toBe('48.9%');
    expect(percent(null)).toBe('—');
    expect(mu('271.00')).toBe('271');
  });
});
