-- Enterprises in the zone's parks and the investment projects they invest in.
-- Money is exact: NUMERIC(18,2) in yuan, the unit in the column name.

create table enterprise (
    id                    uuid primary key,
    version               integer      not null,
    name                  varchar(200) not null,
    park                  varchar(32)  not null check (park in ('JIANGBEI', 'ZIWU', 'LUOWEI', 'STANDARD_FACTORY')),
    industry_chain        varchar(40)  not null,
    above_designated_size boolean      not null,
    created_at            timestamptz  not null,
    created_by            varchar(100) not null,
    updated_at            timestamptz  not null,
    updated_by            varchar(100) not null
);
create unique index enterprise_name_key on enterprise (lower(name));

create table investment_project (
    id                    uuid primary key,
    version               integer       not null,
    name                  varchar(200)  not null,
    enterprise_id         uuid          not null references enterprise (id),
    industry_chain        varchar(40)   not null,
    park                  varchar(32)   not null check (park in ('JIANGBEI', 'ZIWU', 'LUOWEI', 'STANDARD_FACTORY')),
    agreed_investment_cny numeric(18, 2) not null check (agreed_investment_cny >= 0),
    strategic_investor    boolean       not null,
    stage                 varchar(32)   not null,
    created_at            timestamptz   not null,
    created_by            varchar(100)  not null,
    updated_at            timestamptz   not null,
    updated_by            varchar(100)  not null
);
create index investment_project_enterprise_idx on investment_project (enterprise_id);
create index investment_project_stage_idx on investment_project (stage);
create index investment_project_park_idx on investment_project (park);
