import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { MemoryRouter } from 'react-router';
import type { OverviewQuery } from '../gql/graphql';
import Overview from './Overview';
import { OVERVIEW_QUERY } from './overviewData';

// ECharts needs a canvas jsdom lacks: the charts' data is not what this test is about
vi.mock('../components/Chart', () => ({ default: ({ label }: { label: string }) => <div data-chart={label} /> }));

const money = (yuan: number) => yuan.toFixed(2);

/** The demo zone's first half of 2011, as the gateway answers it (figures of the source report). */
const data = {
  workSummary: {
    __typename: 'WorkSummary',
    investment: {
      __typename: 'InvestmentSummary',
      landedProjects: 10, landedInvestmentCny: money(1_285_000_000), capitalInPlaceDomesticCny: money(680_000_000),
      capitalInPlaceForeignUsd: money(30_000_000), intentProjects: 10, intentInvestmentCny: money(560_000_000),
      negotiatingProjects: 8, negotiatingInvestmentCny: money(3_100_000_000),
      infrastructureCompleted: 13, infrastructureCompletedInvestmentCny: money(20_770_000),
      infrastructureUnderConstruction: 7, infrastructureUnderConstructionBudgetCny: money(17_350_000),
      infrastructureUnderConstructionCompletedCny: money(8_550_000),
      taxPaidCny: money(352_000_000), taxPaidYoyGrowthPercent: 48.9, taxPaidTargetCompletionPercent: 50,
      industrialAddedValueCny: money(2_650_000_000), industrialAddedValueYoyGrowthPercent: 40,
      industrialAddedValueTargetCompletionPercent: 51.7,
      fixedAssetInvestmentCny: money(1_500_000_000), fixedAssetInvestmentYoyGrowthPercent: 51,
    },
    land: {
      __typename: 'LandSummary',
      acquiredMu: '271.00', relocationContractsSigned: 5, openDisputes: 1,
      acquiredByPark: [{ __typename: 'LandParkAcquired', park: 'JIANGBEI', acquiredMu: '221.00' },
        { __typename: 'LandParkAcquired', park: 'ZIWU', acquiredMu: '50.00' }],
    },
    partyAffairs: {
      __typename: 'PartyAffairsSummary',
      membersDeveloped: 8, activitiesHeld: 6,
      membersDevelopedByCategory: [{ __typename: 'MembersByCategory', category: 'CADRE', count: 2 },
        { __typename: 'MembersByCategory', category: 'NON_PUBLIC_ENTERPRISE_EMPLOYEE', count: 6 }],
      activitiesByType: [{ __typename: 'ActivitiesByType', type: 'PARTY_LECTURE', count: 6 }],
    },
  },
  previous: {
    __typename: 'WorkSummary',
    investment: { __typename: 'InvestmentSummary', landedProjects: 5, landedInvestmentCny: money(600_000_000),
      capitalInPlaceDomesticCny: money(500_000_000), capitalInPlaceForeignUsd: money(6_000_000) },
    land: { __typename: 'LandSummary', acquiredMu: '0', relocationContractsSigned: 0 },
    partyAffairs: { __typename: 'PartyAffairsSummary', membersDeveloped: 4 },
  },
  monthly: { __typename: 'Page_EnterpriseMonthlyFigureView', totalItems: 0, items: [] },
  monthlyBefore: { __typename: 'Page_EnterpriseMonthlyFigureView', totalItems: 0, items: [] },
  pipeline: { __typename: 'Page_InvestmentProjectView', totalItems: 0, items: [] },
  households: { __typename: 'Page_RelocationHouseholdView', totalItems: 0, items: [] },
  problems: {
    __typename: 'Page_MeetingProblemView', totalItems: 1,
    items: [{ __typename: 'MeetingProblemView', id: 'p1', description: '林地占用指标未落实', owner: '李局长', dueOn: '2011-05-31' }],
  },
  disputes: { __typename: 'Page_LandDisputeView', totalItems: 0, items: [] },
} as unknown as OverviewQuery;

function renderOverview() {
  const variables = {
    from: '2011-01-01', to: '2011-06-30', monthFrom: '2011-01-01',
    previousFrom: '2010-01-01', previousTo: '2010-06-30', previousMonthFrom: '2010-01-01',
  };
  return render(
    <MockedProvider mocks={[{ request: { query: OVERVIEW_QUERY, variables }, result: { data } }]}>
      <MemoryRouter initialEntries={['/overview?from=2011-01-01&to=2011-06-30']}>
        <Overview />
      </MemoryRouter>
    </MockedProvider>,
  );
}

const figure = (testId: string) => within(screen.getByTestId(testId)).getByText((_, el) => el?.classList.contains('figure-value') ?? false);

describe('the overview', () => {
  it('shows the period\'s figures as the zone writes them', async () => {
    renderOverview();
    await screen.findByTestId('members-developed');
    expect(figure('landed-projects').textContent).toBe('10个');
    expect(figure('landed-investment').textContent).toBe('12.85亿元');
    expect(figure('capital-domestic').textContent).toBe('6.8亿元');
    expect(figure('capital-foreign').textContent).toBe('3,000万美元');
    expect(figure('tax-paid').textContent).toBe('35,200万元');
    expect(figure('acquired').textContent).toBe('271亩');
    expect(figure('relocation-contracts').textContent).toBe('5户');
    expect(figure('members-developed').textContent).toBe('8名');
  });

  it('shows year-on-year change, target completion and 双过半', async () => {
    renderOverview();
    await screen.findByTestId('members-developed');
    expect(screen.getByTestId('industrial-added-value').textContent).toContain('▲ 40%');
    expect(screen.getByTestId('industrial-added-value').textContent).toContain('51.7%');
    expect(screen.getByTestId('capital-foreign').textContent).toContain('▲ 400%');
    expect(screen.getByTestId('double-half').textContent).toContain('已实现“双过半”');
  });

  it('lists an open problem with its owner and due date, overdue after it', async () => {
    renderOverview();
    const row = (await screen.findByText('林地占用指标未落实')).closest('tr')!;
    expect(row.textContent).toContain('李局长');
    expect(row.textContent).toContain('2011-05-31 · 已逾期');
  });
});
