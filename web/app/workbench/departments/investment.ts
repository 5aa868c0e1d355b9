import type { DepartmentSpec } from '../spec';

/** 招商引资 / 项目建设: investment-service's aggregates (sortable fields from its services' SORTABLE maps). */
export const investment: DepartmentSpec = {
  segment: 'investment',
  role: 'investment',
  aggregates: [
    {
      type: 'Enterprise', segment: 'enterprises', title: 'name',
      sortable: ['name', 'park', 'industryChain', 'createdAt'],
      filters: ['name', 'park', 'industryChain', 'industrial', 'aboveDesignatedSize'],
      links: [{ field: 'investmentProjects', type: 'InvestmentProject' }, { field: 'partyBranch', type: 'PartyOrganisation' },
        { field: 'partyActivities', type: 'PartyActivity' }],
    },
    {
      type: 'EnterpriseMonthlyFigure', segment: 'monthly-figures', title: 'month',
      sortable: ['month', 'taxPaidCny', 'industrialAddedValueCny', 'fixedAssetInvestmentCny', 'createdAt'],
      filters: ['enterpriseId', 'monthFrom', 'monthTo', 'minTaxPaidCny'],
      references: { enterpriseId: 'Enterprise' },
    },
    {
      type: 'InvestmentProject', segment: 'projects', title: 'name',
      sortable: ['name', 'park', 'industryChain', 'stage', 'agreedInvestmentCny', 'liaisonGroup', 'createdAt'],
      filters: ['name', 'park', 'industryChain', 'stage', 'strategicInvestor', 'enterpriseId', 'minAgreedInvestmentCny', 'maxAgreedInvestmentCny'],
      links: [
        { field: 'enterprise', type: 'Enterprise' },
        { field: 'landParcels', type: 'LandParcel' },
        { field: 'relocationProgress' },
        { field: 'capitalArrivals', type: 'CapitalArrival' },
      ],
      references: { enterpriseId: 'Enterprise' },
      pipeline: { mutation: 'changeInvestmentProjectStage', input: 'input', move: 'stage', state: 'stage', records: 'stageChanges' },
      createOnly: ['stage', 'stageOn'],
    },
    {
      type: 'CapitalArrival', segment: 'capital-arrivals', title: 'arrivedOn',
      sortable: ['arrivedOn', 'origin', 'amountCny', 'amountUsd', 'createdAt'],
      filters: ['investmentProjectId', 'origin', 'arrivedFrom', 'arrivedTo'],
      references: { investmentProjectId: 'InvestmentProject' },
    },
    {
      type: 'InfrastructureProject', segment: 'infrastructure', title: 'name',
      sortable: ['name', 'kind', 'status', 'budgetCny', 'investmentCompletedCny', 'startedOn', 'completedOn', 'createdAt'],
      filters: ['name', 'kind', 'status', 'park'],
    },
    {
      type: 'Financing', segment: 'financings', title: 'source',
      sortable: ['arrangedOn', 'arrangedCny', 'receivedCny', 'kind', 'beneficiary', 'source', 'createdAt'],
      filters: ['kind', 'beneficiary', 'enterpriseId', 'arrangedFrom', 'arrangedTo'],
      references: { enterpriseId: 'Enterprise' },
    },
    {
      type: 'SchedulingMeeting', segment: 'meetings', title: 'title',
      sortable: ['heldOn', 'kind', 'title', 'createdAt'],
      filters: ['title', 'kind', 'heldFrom', 'heldTo'],
      links: [{ field: 'problems', type: 'MeetingProblem' }],
      references: { investmentProjectIds: 'InvestmentProject' },
    },
    {
      type: 'MeetingProblem', segment: 'meeting-problems', title: 'description',
      sortable: ['dueOn', 'owner', 'resolvedOn', 'createdAt'],
      filters: ['owner', 'open', 'schedulingMeetingId', 'dueFrom', 'dueTo'],
      references: { schedulingMeetingId: 'SchedulingMeeting' },
      create: { mutation: 'raiseMeetingProblem', args: ['schedulingMeetingId'] },
    },
    {
      type: 'Target', segment: 'targets', title: 'indicator',
      sortable: ['indicator', 'year', 'targetValue', 'createdAt'],
      filters: ['indicator', 'year'],
      links: [{ field: 'progress' }],
    },
  ],
};
