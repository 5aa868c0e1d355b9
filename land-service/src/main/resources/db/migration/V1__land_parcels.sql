-- Land parcels (地块) the land department acquires, levels and supplies to investment projects.
-- Area is exact: NUMERIC(12,2) in mu (亩), the unit in the column name.
-- investment_project_id names a project in investment-service's own database: no foreign key.

create table land_parcel (
    id                    uuid primary key,
    version               integer        not null,
    code                  varchar(40)    not null check (code = upper(code) and btrim(code) <> ''),
    name                  varchar(200)   not null check (btrim(name) <> ''),
    park                  varchar(32)    not null check (park in ('JIANGBEI', 'ZIWU', 'LUOWEI', 'STANDARD_FACTORY')),
    area_mu               numeric(12, 2) not null check (area_mu > 0),
    planned_use           varchar(32)    not null
        check (planned_use in ('INDUSTRIAL', 'LOGISTICS', 'ROAD', 'RESETTLEMENT', 'PUBLIC_FACILITY', 'OTHER')),
    status                varchar(32)    not null
        check (status in ('PLANNED', 'ACQUIRING', 'ACQUIRED', 'LEVELLED', 'SUPPLIED')),
    investment_project_id uuid,
    created_at            timestamptz    not null,
    created_by            varchar(100)   not null,
    updated_at            timestamptz    not null,
    updated_by            varchar(100)   not null,
    constraint land_parcel_code_key unique (code),
    -- a parcel is supplied exactly when it is supplied to a project
    constraint land_parcel_supplied_to_project
        check ((status = 'SUPPLIED') = (investment_project_id is not null))
);
create index land_parcel_investment_project_idx on land_parcel (investment_project_id);
create index land_parcel_status_idx on land_parcel (status);
create index land_parcel_park_idx on land_parcel (park);
