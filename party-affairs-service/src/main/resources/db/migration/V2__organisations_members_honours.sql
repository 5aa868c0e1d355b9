-- The zone Party committee's organisation tree (党组织), member development (发展党员) and honours (表彰).
-- An enterprise is the investment service's: referred to by its id, never by a foreign key across databases.

create table party_organisation (
    id            uuid primary key,
    version       integer       not null,
    name          varchar(200)  not null unique check (btrim(name) <> ''),
    kind          varchar(40)   not null check (kind in ('ZONE_PARTY_COMMITTEE', 'BRANCH')),
    parent_id     uuid          references party_organisation (id),
    enterprise_id uuid          unique,
    established_on date,
    created_at    timestamptz   not null,
    created_by    varchar(100)  not null,
    updated_at    timestamptz   not null,
    updated_by    varchar(100)  not null,
    -- the zone Party committee is the root; every branch hangs below an organisation
    constraint party_organisation_root_check check ((kind = 'ZONE_PARTY_COMMITTEE') = (parent_id is null)),
    constraint party_organisation_not_own_parent check (parent_id <> id)
);
-- one zone Party committee
create unique index party_organisation_one_root on party_organisation (kind) where kind = 'ZONE_PARTY_COMMITTEE';
create index party_organisation_parent_idx on party_organisation (parent_id);

create table party_member (
    id                    uuid primary key,
    version               integer       not null,
    name                  varchar(100)  not null check (btrim(name) <> ''),
    identity_number       varchar(18),
    phone                 varchar(30),
    category              varchar(40)   not null check (category in ('CADRE', 'NON_PUBLIC_ENTERPRISE_EMPLOYEE', 'OTHER')),
    organisation_id       uuid          not null references party_organisation (id),
    enterprise_id         uuid,
    stage                 varchar(40)   not null check (stage in ('APPLICANT', 'ACTIVIST', 'DEVELOPMENT_TARGET',
                                                                'PROBATIONARY', 'FULL')),
    applied_on            date          not null,
    activist_on           date,
    development_target_on date,
    probationary_on       date,
    full_on               date,
    created_at            timestamptz   not null,
    created_by            varchar(100)  not null,
    updated_at            timestamptz   not null,
    updated_by            varchar(100)  not null,
    -- each step's date is set exactly when the member has reached it, and the dates are in order
    constraint party_member_steps_check check (
        (activist_on is not null) = (stage in ('ACTIVIST', 'DEVELOPMENT_TARGET', 'PROBATIONARY', 'FULL'))
        and (development_target_on is not null) = (stage in ('DEVELOPMENT_TARGET', 'PROBATIONARY', 'FULL'))
        and (probationary_on is not null) = (stage in ('PROBATIONARY', 'FULL'))
        and (full_on is not null) = (stage = 'FULL')),
    constraint party_member_dates_check check (
        activist_on >= applied_on
        and development_target_on >= activist_on
        and probationary_on >= development_target_on
        and full_on >= probationary_on + interval '1 year')
);
create index party_member_organisation_idx on party_member (organisation_id);
create index party_member_probationary_on_idx on party_member (probationary_on);

create table party_honour (
    id              uuid primary key,
    version         integer       not null,
    kind            varchar(40)   not null check (kind in ('ADVANCED_GRASSROOTS_ORGANISATION', 'OUTSTANDING_MEMBER',
                                                           'OUTSTANDING_PARTY_WORKER')),
    awarded_on      date          not null,
    title           varchar(200)  not null check (btrim(title) <> ''),
    awarded_by      varchar(200),
    member_id       uuid          references party_member (id),
    organisation_id uuid          references party_organisation (id),
    created_at      timestamptz   not null,
    created_by      varchar(100)  not null,
    updated_at      timestamptz   not null,
    updated_by      varchar(100)  not null,
    -- an organisation receives the organisation's honour, a person the personal ones
    constraint party_honour_recipient_check check (
        (kind = 'ADVANCED_GRASSROOTS_ORGANISATION' and organisation_id is not null and member_id is null)
        or (kind <> 'ADVANCED_GRASSROOTS_ORGANISATION' and member_id is not null and organisation_id is null))
);
create index party_honour_awarded_on_idx on party_honour (awarded_on);
create index party_honour_member_idx on party_honour (member_id);
create index party_honour_organisation_idx on party_honour (organisation_id);

-- change_history, where ChangeHistory (commons) writes, is commons' own migration: db/commons/R__change_history.sql
