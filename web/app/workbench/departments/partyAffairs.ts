import type { DepartmentSpec } from '../spec';

/** 党建: party-affairs-service's aggregates (sortable fields from its services' SORTABLE maps). */
export const partyAffairs: DepartmentSpec = {
  segment: 'party-affairs',
  role: 'party-affairs',
  aggregates: [
    {
      type: 'PartyOrganisation', segment: 'organisations', title: 'name',
      sortable: ['name', 'kind', 'establishedOn', 'createdAt'],
      filters: ['name', 'kind', 'parentId', 'enterpriseId'],
      links: [{ field: 'branches', type: 'PartyOrganisation' }],
      references: { parentId: 'PartyOrganisation', enterpriseId: 'Enterprise' },
    },
    {
      type: 'PartyMember', segment: 'members', title: 'name',
      columns: ['name', 'stage', 'category', 'appliedOn', 'probationaryOn', 'fullOn'],
      sortable: ['stage', 'category', 'appliedOn', 'probationaryOn', 'fullOn', 'createdAt'],
      filters: ['name', 'stage', 'category', 'organisationId', 'enterpriseId'],
      references: { organisationId: 'PartyOrganisation', enterpriseId: 'Enterprise' },
      pipeline: { mutation: 'takePartyMemberStep', input: 'input', move: 'step', state: 'stage' },
      personal: ['name', 'identityNumber', 'phone'],
    },
    {
      type: 'PartyActivity', segment: 'activities', title: 'title',
      sortable: ['heldOn', 'type', 'title', 'organiser', 'participantsCount', 'createdAt'],
      filters: ['title', 'type', 'organiser', 'enterpriseId', 'heldFrom', 'heldTo'],
      references: { enterpriseIds: 'Enterprise' },
    },
    {
      type: 'PartyHonour', segment: 'honours', title: 'title',
      sortable: ['awardedOn', 'kind', 'title', 'createdAt'],
      filters: ['title', 'kind', 'organisationId', 'awardedFrom', 'awardedTo'],
      references: { organisationId: 'PartyOrganisation', memberId: 'PartyMember' },
    },
  ],
};
