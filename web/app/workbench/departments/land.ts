import type { DepartmentSpec } from '../spec';

/** 征地拆迁: land-service's aggregates (sortable fields from its services' SORTABLE maps). */
export const land: DepartmentSpec = {
  segment: 'land',
  role: 'land',
  aggregates: [
    {
      type: 'LandParcel', segment: 'parcels', title: 'code',
      sortable: ['code', 'name', 'park', 'areaMu', 'plannedUse', 'status', 'createdAt'],
      filters: ['code', 'name', 'park', 'plannedUse', 'status', 'minAreaMu', 'maxAreaMu'],
      links: [{ field: 'investmentProject', type: 'InvestmentProject' }],
      references: { investmentProjectId: 'InvestmentProject' },
      pipeline: { mutation: 'changeLandParcelStatus', input: 'input', move: 'status', state: 'status', records: 'statusChanges' },
      createOnly: ['status', 'statusOn'],
    },
    {
      type: 'Acquisition', segment: 'acquisitions', title: 'acquiredOn',
      sortable: ['acquiredOn', 'areaMu', 'compensationCny', 'createdAt'],
      filters: ['parcelId', 'from', 'to'],
      links: [{ field: 'parcel', type: 'LandParcel' }],
      references: { parcelId: 'LandParcel' },
    },
    {
      type: 'LandDispute', segment: 'disputes', title: 'subject',
      sortable: ['raisedOn', 'status', 'resolvedOn', 'createdAt'],
      filters: ['subject', 'status', 'parcelId'],
      references: { parcelId: 'LandParcel', acquisitionId: 'Acquisition' },
    },
    {
      type: 'RelocationHousehold', segment: 'households', title: 'headName',
      columns: ['headName', 'idNumber', 'status', 'memberCount', 'houseAreaM2', 'compensationCny', 'contractSignedOn', 'resettledOn'],
      sortable: ['status', 'compensationCny', 'contractSignedOn', 'resettledOn', 'createdAt'],
      filters: ['idNumber', 'phone', 'status', 'parcelId'],
      links: [{ field: 'plot', type: 'ResettlementPlot' }, { field: 'members' }],
      references: { parcelId: 'LandParcel', plotId: 'ResettlementPlot' },
      pipeline: { mutation: 'changeRelocationHouseholdStatus', input: 'change', move: 'status', state: 'status' },
      // RESETTLED needs a plot: assigned here, chosen from the plots (references.plotId)
      actions: [{ mutation: 'assignResettlementPlot', input: 'assignment' }],
      // idNumber and phone are also filters: found by exact match, by the land department and leaders only
      personal: ['headName', 'idNumber', 'phone', 'members'],
    },
    {
      type: 'ResettlementArea', segment: 'resettlement-areas', title: 'name',
      sortable: ['name', 'park', 'createdAt'],
      filters: ['name', 'park'],
    },
    {
      type: 'ResettlementPlot', segment: 'resettlement-plots', title: 'code',
      sortable: ['code', 'areaM2', 'createdAt'],
      filters: ['code', 'areaId', 'assigned'],
      links: [{ field: 'area', type: 'ResettlementArea' }],
      references: { areaId: 'ResettlementArea', householdId: 'RelocationHousehold' },
    },
    {
      type: 'LandUseCase', segment: 'land-use-cases', title: 'caseNumber',
      sortable: ['caseNumber', 'type', 'submittedOn', 'approvedOn', 'areaMu', 'createdAt'],
      filters: ['caseNumber', 'type', 'approved', 'parcelId'],
      references: { parcelId: 'LandParcel' },
    },
    {
      type: 'ExpansionApplication', segment: 'expansion-applications', title: 'title',
      sortable: ['title', 'submittedOn', 'createdAt'],
      filters: ['title'],
      links: [{ field: 'steps' }],
    },
  ],
};
