import { en, type Shape } from './en';
import type { recordsZh } from './records.zh';

/** The departments' records in English: the keys of records.zh.ts (the type makes sure of it), units in parentheses. */
const record = { id: 'ID', version: 'Version', audit: 'Record' };
/** A record whose changes are kept (`history`) */
const tracked = { ...record, history: 'Changes' };

export const recordsEn: Shape<typeof recordsZh> = {
  departments: {
    investment: 'Investment and project construction', land: 'Land acquisition and relocation',
    'party-affairs': 'Party building',
  },
  types: {
    // Shared by the records of every department
    Audit: {
      one: 'Record', many: 'Records',
      fields: { createdAt: 'Created at', createdBy: 'Created by', updatedAt: 'Last changed at', updatedBy: 'Last changed by' },
    },
    Change: {
      one: 'Change', many: 'Changes',
      fields: { changedAt: 'Changed at', changedBy: 'Changed by', field: 'Field', oldValue: 'Old value', newValue: 'New value' },
    },

    // Investment and project construction
    Enterprise: {
      one: 'Enterprise', many: 'Enterprises',
      fields: {
        ...record, name: 'Name', park: 'Park', industryChain: 'Industry chain', aboveDesignatedSize: 'Above designated size',
        investmentProjects: 'Investment projects', monthlyFigures: 'Monthly figures', partyActivities: 'Party activities',
        partyBranch: 'Party branch',
      },
    },
    EnterpriseMonthlyFigure: {
      one: 'Monthly figures', many: 'Monthly figures',
      fields: {
        ...tracked, enterpriseId: 'Enterprise', month: 'Month', taxPaidCny: 'Tax paid (CNY)',
        industrialAddedValueCny: 'Industrial added value (CNY)', fixedAssetInvestmentCny: 'Fixed-asset investment (CNY)',
        monthFrom: 'From month', monthTo: 'To month', minTaxPaidCny: 'Tax paid at least (CNY)',
      },
    },
    InvestmentProject: {
      one: 'Investment project', many: 'Investment projects',
      fields: {
        allowedMoves: 'Stages it may move to',
        ...tracked, name: 'Name', enterprise: 'Enterprise', enterpriseId: 'Enterprise', park: 'Park',
        industryChain: 'Industry chain', agreedInvestmentCny: 'Agreed investment (CNY)', strategicInvestor: 'Strategic investor',
        stage: 'Stage', stageOn: 'Stage reached on', stageChanges: 'Stage changes', liaisonGroup: 'Liaison group',
        responsibleLeader: 'Responsible leader', capitalArrivals: 'Capital in place', landParcels: 'Land parcels supplied',
        relocationProgress: 'Relocation progress',
        minAgreedInvestmentCny: 'Agreed investment at least (CNY)', maxAgreedInvestmentCny: 'Agreed investment at most (CNY)',
      },
    },
    StageChange: {
      one: 'Stage change', many: 'Stage changes',
      fields: {
        sequence: 'No.', fromStage: 'From stage', toStage: 'To stage', stage: 'New stage', on: 'Date of change', recordedAt: 'Recorded at',
        recordedBy: 'Recorded by', version: 'Version',
      },
    },
    RelocationProgress: {
      one: 'Relocation progress', many: 'Relocation progress',
      fields: {
        households: 'Households', contractsSigned: 'Contracts signed (households)', resettled: 'Resettled (households)',
        householdsByStatus: 'Households by status', openDisputes: 'Open disputes',
      },
    },
    HouseholdStatusCount: {
      one: 'Households by status', many: 'Households by status',
      fields: { status: 'Status', households: 'Households' },
    },
    CapitalArrival: {
      one: 'Capital arrival', many: 'Capital in place',
      fields: {
        ...tracked, investmentProjectId: 'Investment project', origin: 'Origin', arrivedOn: 'Arrived on',
        amountCny: 'Domestic capital (CNY)', amountUsd: 'Foreign capital (USD)', note: 'Note',
        arrivedFrom: 'Arrived from', arrivedTo: 'Arrived to',
      },
    },
    InfrastructureProject: {
      one: 'Infrastructure project', many: 'Infrastructure projects',
      fields: {
        ...tracked, name: 'Name', kind: 'Kind', park: 'Park', status: 'Status', startedOn: 'Started on',
        completedOn: 'Completed on', budgetCny: 'Budget (CNY)', investmentCompletedCny: 'Investment completed (CNY)',
        spentCny: 'Paid out (CNY)', earthworkM3: 'Earthwork (m³)', landLevelledMu: 'Land levelled (mu)',
        minBudgetCny: 'Budget at least (CNY)', maxBudgetCny: 'Budget at most (CNY)',
      },
    },
    Financing: {
      one: 'Financing', many: 'Financing',
      fields: {
        ...tracked, beneficiary: 'Beneficiary', enterpriseId: 'Enterprise', kind: 'Kind', source: 'Source',
        arrangedOn: 'Arranged on', arrangedCny: 'Arranged (CNY)', receivedCny: 'Received (CNY)',
        arrangedFrom: 'Arranged from', arrangedTo: 'Arranged to',
      },
    },
    SchedulingMeeting: {
      one: 'Scheduling meeting', many: 'Scheduling meetings',
      fields: {
        ...record, title: 'Title', kind: 'Kind', heldOn: 'Held on', investmentProjectIds: 'Projects reviewed',
        summary: 'Minutes', problems: 'Problems raised',
        heldFrom: 'Held from', heldTo: 'Held to', investmentProjectId: 'Project reviewed',
      },
    },
    MeetingProblem: {
      one: 'Problem', many: 'Problems',
      fields: {
        ...record, schedulingMeetingId: 'Scheduling meeting', description: 'Problem', owner: 'Owner', dueOn: 'Due on',
        open: 'Open', resolution: 'Resolution', resolvedOn: 'Resolved on',
        dueFrom: 'Due from', dueTo: 'Due to', overdueOn: 'Overdue on',
      },
    },
    Target: {
      one: 'Annual target', many: 'Annual targets',
      fields: {
        ...tracked, year: 'Year', indicator: 'Indicator', targetValue: 'Target (CNY)', progress: 'Progress',
      },
    },
    TargetProgress: {
      one: 'Progress', many: 'Progress',
      fields: {
        indicator: 'Indicator', from: 'From', to: 'To', actual: 'Actual (CNY)', targetValue: 'Annual target (CNY)',
        targetCompletionPercent: 'Of annual target (%)', previousYearActual: 'Same span last year (CNY)',
        yoyGrowthPercent: 'Year-on-year growth (%)',
      },
    },

    // Land acquisition and relocation
    LandParcel: {
      one: 'Land parcel', many: 'Land parcels',
      fields: {
        allowedMoves: 'Statuses it may move to',
        ...tracked, code: 'Code', name: 'Name or location', park: 'Park', areaMu: 'Area (mu)', plannedUse: 'Planned use',
        status: 'Status', statusOn: 'Status reached on', statusChanges: 'Status changes', investmentProjectId: 'Supplied to project',
        investmentProject: 'Supplied to project', minAreaMu: 'Area at least (mu)', maxAreaMu: 'Area at most (mu)',
      },
    },
    ParcelStatusChange: {
      one: 'Status change', many: 'Status changes',
      fields: {
        from: 'From status', to: 'To status', status: 'New status', on: 'Date of change',
        investmentProjectId: 'Supplied to project', audit: 'Record', version: 'Version',
      },
    },
    Acquisition: {
      one: 'Acquisition', many: 'Acquisitions',
      fields: {
        ...tracked, parcelId: 'Parcel', parcel: 'Parcel', acquiredOn: 'Acquired on', areaMu: 'Area acquired (mu)',
        compensationCny: 'Compensation (CNY)', forestQuotaMu: 'Forest-land quota (mu)', note: 'Note',
        from: 'Acquired from', to: 'Acquired to',
      },
    },
    LandDispute: {
      one: 'Land dispute', many: 'Land disputes',
      fields: {
        ...tracked, parcelId: 'Parcel', acquisitionId: 'Acquisition', subject: 'Subject', raisedOn: 'Raised on', status: 'Status',
        handling: 'Handling', resolvedOn: 'Resolved on',
      },
    },
    RelocationHousehold: {
      one: 'Relocation household', many: 'Relocation households',
      fields: {
        allowedMoves: 'Statuses it may move to',
        ...tracked, parcelId: 'Parcel', headName: 'Head of household', idNumber: 'Identity number of head', phone: 'Phone',
        members: 'Members', memberCount: 'Household size (people)', houseAreaM2: 'House area (m²)',
        compensationCny: 'Compensation (CNY)', status: 'Status', contractSignedOn: 'Contract signed on',
        demolishedOn: 'Demolished on', resettledOn: 'Resettled on', plotId: 'Resettlement plot', plot: 'Resettlement plot',
        on: 'Date of change', redactedFields: 'Personal data not shown', redactionNote: 'Why not shown',
      },
    },
    HouseholdMember: {
      one: 'Household member', many: 'Household members',
      fields: { name: 'Name', relation: 'Relation to head', idNumber: 'Identity number' },
    },
    ResettlementArea: {
      one: 'Resettlement area', many: 'Resettlement areas',
      fields: { ...record, name: 'Name', park: 'Park', description: 'Works' },
    },
    ResettlementPlot: {
      one: 'Resettlement plot', many: 'Resettlement plots',
      fields: {
        ...record, areaId: 'Resettlement area', area: 'Resettlement area', code: 'Code', areaM2: 'Plot area (m²)',
        householdId: 'Household', assigned: 'Assigned',
      },
    },
    LandUseCase: {
      one: 'Land-use case', many: 'Land-use cases',
      fields: {
        ...tracked, caseNumber: 'Case number', type: 'Type', subject: 'Subject', parcelId: 'Parcel', areaMu: 'Area (mu)',
        submittedOn: 'Submitted on', approvedOn: 'Approved on', approved: 'Approved', approvedFrom: 'Approved from',
        approvedTo: 'Approved to',
      },
    },
    ExpansionApplication: {
      one: 'Park expansion application', many: 'Park expansion applications',
      fields: { ...tracked, title: 'Title', submittedOn: 'Submitted on', steps: 'Approval steps' },
    },
    ApprovalStep: {
      one: 'Approval step', many: 'Approval steps',
      fields: { name: 'Step', status: 'Status', decidedOn: 'Decided on' },
    },

    // Party building
    PartyOrganisation: {
      one: 'Party organisation', many: 'Party organisations',
      fields: {
        ...record, name: 'Name', kind: 'Kind', parentId: 'Parent organisation', branches: 'Branches',
        enterpriseId: 'Non-public enterprise', establishedOn: 'Established on',
      },
    },
    PartyMember: {
      one: 'Member in development', many: 'Members in development',
      fields: {
        allowedMoves: 'Steps it may take',
        ...tracked, name: 'Name', identityNumber: 'Identity number', phone: 'Phone', category: 'Category',
        organisationId: 'Party organisation', enterpriseId: 'Enterprise', stage: 'Stage', appliedOn: 'Applied on',
        activistOn: 'Activist on', developmentTargetOn: 'Development target on',
        probationaryOn: 'Probationary member on', fullOn: 'Full member on', step: 'Step', on: 'Date',
        probationaryFrom: 'Probationary from', probationaryTo: 'Probationary to',
        redactedFields: 'Personal data not shown',
      },
    },
    PartyActivity: {
      one: 'Party activity', many: 'Party activities',
      fields: {
        ...record, title: 'Title', type: 'Type', heldOn: 'Held on', organiser: 'Organiser',
        participantsCount: 'Participants (people)', summary: 'Summary', enterpriseIds: 'Enterprises involved',
        enterpriseId: 'Enterprise involved', heldFrom: 'Held from', heldTo: 'Held to',
      },
    },
    PartyHonour: {
      one: 'Honour', many: 'Honours',
      fields: {
        ...record, title: 'Title', kind: 'Kind', awardedOn: 'Awarded on', awardedBy: 'Awarded by',
        memberId: 'Member honoured', organisationId: 'Organisation honoured', awardedFrom: 'Awarded from',
        awardedTo: 'Awarded to',
      },
    },
  },
  enums: {
    ...en.enum,
    CapitalOrigin: { DOMESTIC: 'Domestic', FOREIGN: 'Foreign' },
    FinancingBeneficiary: { ENTERPRISE: 'Enterprise', ZONE_INFRASTRUCTURE: 'Zone infrastructure' },
    FinancingKind: { LOAN: 'Loan', SUBSIDY: 'Subsidy' },
    Indicator: {
      INDUSTRIAL_ADDED_VALUE_CNY: 'Industrial added value', FIXED_ASSET_INVESTMENT_CNY: 'Fixed-asset investment',
      TAX_PAID_CNY: 'Tax paid by park enterprises', CAPITAL_IN_PLACE_DOMESTIC_CNY: 'Domestic capital in place',
      LANDED_INVESTMENT_CNY: 'Investment of landed projects',
    },
    InfrastructureKind: {
      ROAD: 'Road', STANDARD_FACTORY: 'Standard factory building', UTILITY: 'Utilities', DRAINAGE: 'Drainage',
      LANDSCAPING: 'Landscaping and lighting', RESETTLEMENT_WORKS: 'Resettlement works', OTHER: 'Other',
    },
    InfrastructureStatus: { PLANNED: 'Planned', UNDER_CONSTRUCTION: 'Under construction', COMPLETED: 'Completed' },
    MeetingKind: { WEEKLY: 'Weekly', MONTHLY: 'Monthly', SPECIAL: 'Special' },
    ParcelStatus: { PLANNED: 'Planned', ACQUIRING: 'Acquiring', ACQUIRED: 'Acquired', LEVELLED: 'Levelled', SUPPLIED: 'Supplied' },
    PlannedUse: {
      INDUSTRIAL: 'Industrial', LOGISTICS: 'Logistics', PUBLIC_FACILITY: 'Public facilities', ROAD: 'Road',
      RESETTLEMENT: 'Resettlement', OTHER: 'Other',
    },
    LandUseCaseType: { ROUTINE: 'Routine', BATCH: 'Batch', SEPARATE_SITE: 'Separate site', OTHER: 'Other' },
    StepStatus: { PENDING: 'Pending', APPROVED: 'Approved', REJECTED: 'Rejected' },
    MemberStage: {
      APPLICANT: 'Applicant', ACTIVIST: 'Activist', DEVELOPMENT_TARGET: 'Development target', PROBATIONARY: 'Probationary member',
      FULL: 'Full member',
    },
    OrganisationKind: { ZONE_PARTY_COMMITTEE: 'Zone Party committee', BRANCH: 'Branch' },
    HonourKind: {
      ADVANCED_GRASSROOTS_ORGANISATION: 'Advanced grassroots organisation', OUTSTANDING_MEMBER: 'Outstanding Party member',
      OUTSTANDING_PARTY_WORKER: 'Outstanding Party worker',
    },
  },
};
