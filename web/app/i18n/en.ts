import type { zh } from './zh';

/** The same keys as T, every leaf a string: a translation must be complete */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const en: Shape<typeof zh> = {
  app: { name: 'DevZone', zone: 'Zixing Economic Development Zone' },
  menu: { label: 'Main menu', overview: 'Overview', workSummary: 'Work summary', expand: 'Expand menu', collapse: 'Collapse menu' },
  header: { language: 'Language', logout: 'Log out' },
  role: { leader: 'Leader', investment: 'Investment', land: 'Land', 'party-affairs': 'Party affairs' },
  period: { label: 'Period', from: 'From', to: 'To', h1: 'First half', year: 'Whole year', q: 'Q{{n}}' },
  common: {
    loading: 'Loading…', error: 'Could not load the data: {{message}}', partial: 'Some data is unavailable: {{message}}',
    yoy: 'YoY', target: 'of annual target', none: 'none', yuanExact: 'Exact value', print: 'Print / save as PDF',
  },
  overview: {
    title: 'Overview',
    indicators: 'Key economic indicators',
    industrialAddedValue: 'Industrial added value', taxPaid: 'Tax paid by enterprises', fixedAssetInvestment: 'Fixed-asset investment',
    doubleHalf: 'Double half', doubleHalfMet: 'Both halves reached', doubleHalfNotMet: 'Not both halves reached',
    timeElapsed: 'Time elapsed', targetCompletion: 'Target completed',
    monthlyIav: 'Industrial added value by month (against the year before)', monthlyTax: 'Tax paid by month (against the year before)', month: 'Month', thisYear: 'This period', yearBefore: 'Year before',
    pipeline: 'Investment', landed: 'Projects landed', landedInvestment: 'Investment of landed projects', funnel: 'Pipeline (end of period)',
    byChain: 'Pipeline by industry chain (agreed investment)', byPark: 'By park (agreed investment)',
    capital: 'Capital in place', domestic: 'Domestic', foreign: 'Foreign',
    infrastructure: 'Infrastructure', completed: 'Completed', underConstruction: 'Under construction',
    budget: 'Budget', done: 'Investment done', projectsCount: '{{count}} projects',
    land: 'Land and relocation', acquired: 'Acquired', acquiredByPark: 'Land acquired by park (mu)', relocation: 'Relocation households by status',
    contracts: 'Relocation contracts signed', households: 'households',
    party: 'Party building', membersDeveloped: 'Members developed', byCategory: 'By category', activitiesByType: 'Activities by type',
    issues: 'Open problems and disputes', problem: 'Meeting problem', dispute: 'Land dispute', owner: 'Owner', dueOn: 'Due',
    raisedOn: 'Raised on', kind: 'Kind', description: 'Description', status: 'Status', overdue: 'Overdue', open: 'Open',
    noIssues: 'No open problems',
  },
  workSummary: { title: 'Work summary', subtitle: 'Generated from live records' },
  unit: { mu: 'mu', items: '', people: '', households: 'households' },
  workbench: {
    menu: 'Records', notFound: 'No such page or record', new: 'New', edit: 'Edit', delete: 'Delete', save: 'Save', cancel: 'Cancel',
    confirm: 'Confirm', search: 'Search', export: 'Export to Excel', total: '{{total}} records', backToList: 'Back to the list',
    newTitle: 'New {{type}}', editTitle: 'Edit {{type}}', fields: 'Details', yes: 'Yes', no: 'No',
    withheld: 'Withheld', withheldNote: 'Some personal data is not shown to your department: {{message}}',
    audit: 'Created by {{createdBy}} at {{createdAt}}, last changed by {{updatedBy}} at {{updatedAt}}', recordedBy: 'Recorded by',
    noHistory: 'No changes recorded yet', moveTo: 'Move to: {{to}}', deleteConfirm: 'Delete this record?',
    deleteRefused: 'Cannot delete: {{message}}', readOnly: 'Your department reads these records but does not change them',
    required: 'Required', length: 'Between {{min}} and {{max}} characters', pattern: 'Not in the required format ({{pattern}})',
    range: 'Between {{min}} and {{max}}', money: 'An amount in yuan, at most two decimals', moneyHelp: 'In yuan, that is {{amount}}',
    conflict: 'This record was changed by {{by}} at {{at}} since you opened it.', conflictUnknown: 'This record was changed by someone else since you opened it.',
    reloadReapply: 'Load the latest record and keep my edits', addRow: 'Add a row', removeRow: 'Remove this row',
    actions: { assignResettlementPlot: 'Assign a resettlement plot' },
  },
  enum: {
    Park: { JIANGBEI: 'Jiangbei Industrial Park', ZIWU: 'Ziwu Industrial Park', LUOWEI: 'Luowei Food Park', STANDARD_FACTORY: 'Standard factories' },
    IndustryChain: {
      NON_FERROUS_DEEP_PROCESSING: 'Non-ferrous processing', NEW_ENERGY_MATERIALS: 'New energy materials', FOOD_PHARMA: 'Food and pharma',
      ELECTRONICS: 'Electronics', ADVANCED_MANUFACTURING: 'Advanced manufacturing', LOGISTICS: 'Logistics', OTHER: 'Other',
    },
    PipelineStage: {
      LEAD: 'Lead', NEGOTIATING: 'Negotiating', INTENT: 'Intent', SIGNED: 'Signed', LANDED: 'Landed',
      UNDER_CONSTRUCTION: 'Under construction', IN_PRODUCTION: 'In production', DROPPED: 'Dropped',
    },
    MemberCategory: { CADRE: 'Cadres', NON_PUBLIC_ENTERPRISE_EMPLOYEE: 'Non-public enterprise employees', OTHER: 'Other' },
    ActivityType: {
      PARTY_LECTURE: 'Party lectures', DEMOCRATIC_LIFE_MEETING: 'Democratic life meetings', THEMED_ACTIVITY: 'Themed activities', TRAINING: 'Training',
      JOB_FAIR: 'Job fairs', SPORTS_MEET: 'Sports meets', KNOWLEDGE_QUIZ: 'Knowledge quizzes', OTHER: 'Other',
    },
    HouseholdStatus: {
      SURVEYED: 'Surveyed', NEGOTIATING: 'Negotiating', CONTRACT_SIGNED: 'Contract signed', DEMOLISHED: 'Demolished', RESETTLED: 'Resettled',
    },
    DisputeStatus: { OPEN: 'Open', MEDIATING: 'Mediating', RESOLVED: 'Resolved' },
  },
};
