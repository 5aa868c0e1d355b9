import type { ApolloClient } from '@apollo/client';
import { graphql } from '../gql';
import { itemsOf, type ListPage } from '../lists';
import { yearBefore, type Period } from '../period';

/** Everything the overview shows, in one request through the gateway. */
export const OVERVIEW_QUERY = graphql(`
  query Overview($from: Date!, $to: Date!, $monthFrom: Date!, $previousFrom: Date!, $previousTo: Date!,
                 $previousMonthFrom: Date!) {
    workSummary(from: $from, to: $to) {
      investment {
        landedProjects landedInvestmentCny capitalInPlaceDomesticCny capitalInPlaceForeignUsd
        intentProjects intentInvestmentCny negotiatingProjects negotiatingInvestmentCny
        infrastructureCompleted infrastructureCompletedInvestmentCny
        infrastructureUnderConstruction infrastructureUnderConstructionBudgetCny infrastructureUnderConstructionCompletedCny
        taxPaidCny taxPaidYoyGrowthPercent taxPaidTargetCompletionPercent
        industrialAddedValueCny industrialAddedValueYoyGrowthPercent industrialAddedValueTargetCompletionPercent
        fixedAssetInvestmentCny fixedAssetInvestmentYoyGrowthPercent
      }
      land { acquiredMu acquiredByPark { park acquiredMu } relocationContractsSigned openDisputes }
      partyAffairs {
        membersDeveloped membersDevelopedByCategory { category count }
        activitiesHeld activitiesByType { type count }
      }
    }
    previous: workSummary(from: $previousFrom, to: $previousTo) {
      investment { landedProjects landedInvestmentCny capitalInPlaceDomesticCny capitalInPlaceForeignUsd }
      land { acquiredMu relocationContractsSigned }
      partyAffairs { membersDeveloped }
    }
    monthly: enterpriseMonthlyFigures(filter: { monthFrom: $monthFrom, monthTo: $to }, size: 200) {
      totalItems items { month taxPaidCny industrialAddedValueCny }
    }
    monthlyBefore: enterpriseMonthlyFigures(filter: { monthFrom: $previousMonthFrom, monthTo: $previousTo }, size: 200) {
      totalItems items { month taxPaidCny industrialAddedValueCny }
    }
    pipeline: investmentProjects(size: 200) { totalItems items { stage industryChain park agreedInvestmentCny } }
    households: relocationHouseholds(size: 200) { totalItems items { id status } }
    problems: meetingProblems(filter: { open: true }, size: 200, sort: "dueOn") {
      totalItems items { id description owner dueOn }
    }
    disputes: landDisputes(size: 200, sort: "raisedOn") { totalItems items { id subject raisedOn handling status } }
  }
`);

const firstOfMonth = (date: string) => `${date.substring(0, 7)}-01`;

/** The overview query's variables for a period: the period, and the same months a year before. */
export function overviewVariables(period: Period) {
  const before = yearBefore(period);
  return {
    from: period.from, to: period.to, monthFrom: firstOfMonth(period.from),
    previousFrom: before.from, previousTo: before.to, previousMonthFrom: firstOfMonth(before.from),
  };
}

/** The overview's one request, options as the page sends it (so a preload and the page share one request). */
export const overviewOptions = (period: Period) => ({
  variables: overviewVariables(period),
  // A department that does not answer costs only its own figures
  errorPolicy: 'all' as const,
});

/** Sends the overview's request before its page has loaded; the page's own query then joins it. */
export function preloadOverview(client: ApolloClient, period: Period): void {
  client.query({ query: OVERVIEW_QUERY, ...overviewOptions(period) }).catch(() => {
    // The page's own query shows what went wrong
  });
}

interface MonthlyItem { month: string; taxPaidCny: string | number; industrialAddedValueCny: string | number }

/** Sum of a monthly figure per calendar month (MM), over all enterprises. */
export function sumByMonth(list: ListPage<MonthlyItem> | null | undefined, field: 'taxPaidCny' | 'industrialAddedValueCny'): Map<string, number> {
  const sums = new Map<string, number>();
  for (const item of itemsOf(list)) {
    const month = item.month.substring(5, 7);
    sums.set(month, (sums.get(month) ?? 0) + Number(item[field]));
  }
  return sums;
}

/** Totals of a numeric field grouped by a key, in the order first seen. */
export function totalsBy<T>(items: readonly T[], key: (item: T) => string, value: (item: T) => number): [string, number][] {
  const totals = new Map<string, number>();
  for (const item of items) totals.set(key(item), (totals.get(key(item)) ?? 0) + value(item));
  return [...totals.entries()];
}

/** Growth over the year before, percent; null without a base. */
export function growth(current: number | string | null | undefined, before: number | string | null | undefined): number | null {
  const base = Number(before ?? 0);
  return base === 0 ? null : ((Number(current ?? 0) - base) * 100) / base;
}
