-- The whole investment-attraction and project-construction domain: dated pipeline transitions, capital in place,
-- enterprise monthly figures, infrastructure, financing, scheduling meetings, annual targets and change history.
-- Money is exact: NUMERIC(18,2), the unit in the column name (_cny yuan, _usd US dollars, _mu 亩, _m3 m³).

-- 一个项目、一套班子、任务到人: every project has a liaison group and a responsible leader
alter table investment_project add column liaison_group varchar(100);
alter table investment_project add column responsible_leader varchar(100);
alter table investment_project add constraint investment_project_stage_check check (stage in
    ('LEAD', 'NEGOTIATING', 'INTENT', 'SIGNED', 'LANDED', 'UNDER_CONSTRUCTION', 'IN_PRODUCTION', 'DROPPED'));
create index investment_project_strategic_idx on investment_project (strategic_investor);

-- One row per pipeline transition, dated; sequence orders the transitions of one project
create table stage_change (
    id                    uuid primary key,
    investment_project_id uuid         not null references investment_project (id) on delete cascade,
    sequence              integer      not null check (sequence >= 0),
    from_stage            varchar(32),
    to_stage              varchar(32)  not null,
    changed_on            date         not null,
    recorded_at           timestamptz  not null,
    recorded_by           varchar(255) not null,
    unique (investment_project_id, sequence)
);
create index stage_change_to_stage_idx on stage_change (to_stage, changed_on);
-- projects recorded before transitions were kept entered the pipeline at their stage on the day they were recorded
insert into stage_change (id, investment_project_id, sequence, from_stage, to_stage, changed_on, recorded_at, recorded_by)
select gen_random_uuid(), id, 0, null, stage, (created_at at time zone 'UTC')::date, created_at, created_by
from investment_project;

-- 到位资金: dated arrivals, domestic in yuan or foreign in US dollars, never negative
create table capital_arrival (
    id                    uuid primary key,
    version               integer        not null,
    investment_project_id uuid           not null references investment_project (id),
    origin                varchar(16)    not null check (origin in ('DOMESTIC', 'FOREIGN')),
    arrived_on            date           not null,
    amount_cny            numeric(18, 2) check (amount_cny > 0),
    amount_usd            numeric(18, 2) check (amount_usd > 0),
    note                  varchar(500),
    created_at            timestamptz    not null,
    created_by            varchar(100)   not null,
    updated_at            timestamptz    not null,
    updated_by            varchar(100)   not null,
    check ((origin = 'DOMESTIC' and amount_cny is not null and amount_usd is null)
        or (origin = 'FOREIGN' and amount_usd is not null and amount_cny is null))
);
create index capital_arrival_project_idx on capital_arrival (investment_project_id);
create index capital_arrival_arrived_on_idx on capital_arrival (arrived_on);

-- An enterprise's figures for one month (month = its first day)
create table enterprise_monthly_figure (
    id                             uuid primary key,
    version                        integer        not null,
    enterprise_id                  uuid           not null references enterprise (id),
    month                          date           not null check (extract(day from month) = 1),
    tax_paid_cny                   numeric(18, 2) not null check (tax_paid_cny >= 0),
    industrial_added_value_cny     numeric(18, 2) not null check (industrial_added_value_cny >= 0),
    fixed_asset_investment_cny     numeric(18, 2) not null check (fixed_asset_investment_cny >= 0),
    created_at                     timestamptz    not null,
    created_by                     varchar(100)   not null,
    updated_at                     timestamptz    not null,
    updated_by                     varchar(100)   not null,
    constraint enterprise_monthly_figure_one_per_month unique (enterprise_id, month)
);
create index enterprise_monthly_figure_month_idx on enterprise_monthly_figure (month);

-- 基础设施项目
create table infrastructure_project (
    id                          uuid primary key,
    version                     integer        not null,
    name                        varchar(200)   not null,
    kind                        varchar(32)    not null check (kind in ('ROAD', 'STANDARD_FACTORY', 'UTILITY', 'DRAINAGE', 'LANDSCAPING', 'RESETTLEMENT_WORKS', 'OTHER')),
    park                        varchar(32)    check (park in ('JIANGBEI', 'ZIWU', 'LUOWEI', 'STANDARD_FACTORY')),
    status                      varchar(32)    not null check (status in ('PLANNED', 'UNDER_CONSTRUCTION', 'COMPLETED')),
    budget_cny                  numeric(18, 2) not null check (budget_cny >= 0),
    spent_cny                   numeric(18, 2) not null check (spent_cny >= 0),
    investment_completed_cny    numeric(18, 2) not null check (investment_completed_cny >= 0),
    earthwork_m3                numeric(18, 2) not null check (earthwork_m3 >= 0),
    land_levelled_mu            numeric(18, 2) not null check (land_levelled_mu >= 0),
    started_on                  date,
    completed_on                date,
    created_at                  timestamptz    not null,
    created_by                  varchar(100)   not null,
    updated_at                  timestamptz    not null,
    updated_by                  varchar(100)   not null,
    check (investment_completed_cny <= spent_cny),
    check (completed_on is null or (started_on is not null and completed_on >= started_on)),
    check ((status = 'PLANNED' and started_on is null and completed_on is null)
        or (status = 'UNDER_CONSTRUCTION' and started_on is not null and completed_on is null)
        or (status = 'COMPLETED' and completed_on is not null))
);
create unique index infrastructure_project_name_key on infrastructure_project (lower(name));

-- 融资: for an enterprise, or for the zone's infrastructure (no enterprise)
create table financing (
    id                 uuid primary key,
    version            integer        not null,
    enterprise_id      uuid           references enterprise (id),
    beneficiary        varchar(32)    not null check (beneficiary in ('ENTERPRISE', 'ZONE_INFRASTRUCTURE')),
    kind               varchar(16)    not null check (kind in ('LOAN', 'SUBSIDY')),
    source             varchar(200)   not null,
    arranged_on        date           not null,
    arranged_cny       numeric(18, 2) not null check (arranged_cny > 0),
    received_cny       numeric(18, 2) not null check (received_cny >= 0),
    created_at         timestamptz    not null,
    created_by         varchar(100)   not null,
    updated_at         timestamptz    not null,
    updated_by         varchar(100)   not null,
    check (received_cny <= arranged_cny),
    check ((beneficiary = 'ENTERPRISE') = (enterprise_id is not null))
);
create index financing_arranged_on_idx on financing (arranged_on);

-- 调度会 and the problems raised there
create table scheduling_meeting (
    id          uuid primary key,
    version     integer       not null,
    kind        varchar(16)   not null check (kind in ('WEEKLY', 'MONTHLY', 'SPECIAL')),
    held_on     date          not null,
    title       varchar(200)  not null,
    summary     varchar(4000),
    created_at  timestamptz   not null,
    created_by  varchar(100)  not null,
    updated_at  timestamptz   not null,
    updated_by  varchar(100)  not null
);
create index scheduling_meeting_held_on_idx on scheduling_meeting (held_on);

create table scheduling_meeting_project (
    scheduling_meeting_id uuid not null references scheduling_meeting (id) on delete cascade,
    investment_project_id uuid not null references investment_project (id),
    primary key (scheduling_meeting_id, investment_project_id)
);

create table meeting_problem (
    id                    uuid primary key,
    version               integer       not null,
    scheduling_meeting_id uuid          not null references scheduling_meeting (id) on delete cascade,
    description           varchar(2000) not null,
    owner                 varchar(100)  not null,
    due_on                date          not null,
    resolution            varchar(2000),
    resolved_on           date,
    created_at            timestamptz   not null,
    created_by            varchar(100)  not null,
    updated_at            timestamptz   not null,
    updated_by            varchar(100)  not null,
    check ((resolved_on is null) = (resolution is null))
);
create index meeting_problem_meeting_idx on meeting_problem (scheduling_meeting_id);
create index meeting_problem_open_idx on meeting_problem (resolved_on, due_on);

-- 年度目标任务: one target per indicator and year
create table target (
    id            uuid primary key,
    version       integer        not null,
    indicator     varchar(40)    not null check (indicator in ('TAX_PAID_CNY', 'INDUSTRIAL_ADDED_VALUE_CNY', 'FIXED_ASSET_INVESTMENT_CNY', 'CAPITAL_IN_PLACE_DOMESTIC_CNY', 'LANDED_INVESTMENT_CNY')),
    year          integer        not null check (year between 2000 and 2100),
    target_value  numeric(18, 2) not null check (target_value > 0),
    created_at    timestamptz    not null,
    created_by    varchar(100)   not null,
    updated_at    timestamptz    not null,
    updated_by    varchar(100)   not null,
    constraint target_one_per_indicator_and_year unique (indicator, year)
);

-- change_history, where ChangeHistory (commons) writes, is commons' own migration: db/commons/R__change_history.sql
