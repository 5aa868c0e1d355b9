-- Acquisitions (征地), disputes (纠纷), resettlement areas and plots (安置区), relocation households (拆迁户),
-- land-use cases (用地报批), the park expansion application (扩园申报) and the change history.
-- Money NUMERIC(18,2) in yuan, areas NUMERIC(12,2) with the unit in the column name.

-- The dated history of a parcel's status (PLANNED → ACQUIRING → ACQUIRED → LEVELLED → SUPPLIED)
create table land_parcel_status_change (
    id                uuid primary key,
    version           integer        not null,
    parcel_id         uuid           not null references land_parcel (id) on delete cascade,
    from_status       varchar(32)
        check (from_status in ('PLANNED', 'ACQUIRING', 'ACQUIRED', 'LEVELLED', 'SUPPLIED')),
    to_status         varchar(32)    not null
        check (to_status in ('PLANNED', 'ACQUIRING', 'ACQUIRED', 'LEVELLED', 'SUPPLIED')),
    changed_on        date           not null,
    created_at        timestamptz    not null,
    created_by        varchar(100)   not null,
    updated_at        timestamptz    not null,
    updated_by        varchar(100)   not null
);
create index land_parcel_status_change_parcel_idx on land_parcel_status_change (parcel_id, changed_on);

create table acquisition (
    id                uuid primary key,
    version           integer        not null,
    parcel_id         uuid           not null references land_parcel (id),
    area_mu           numeric(12, 2) not null check (area_mu > 0),
    acquired_on       date           not null,
    compensation_cny  numeric(18, 2) not null check (compensation_cny >= 0),
    -- forest-land occupation quota (林地占用指标) the acquisition needs, in mu
    forest_quota_mu   numeric(12, 2) not null default 0 check (forest_quota_mu >= 0),
    note              varchar(500),
    created_at        timestamptz    not null,
    created_by        varchar(100)   not null,
    updated_at        timestamptz    not null,
    updated_by        varchar(100)   not null
);
create index acquisition_parcel_idx on acquisition (parcel_id);
create index acquisition_acquired_on_idx on acquisition (acquired_on);

create table land_dispute (
    id                uuid primary key,
    version           integer        not null,
    parcel_id         uuid           not null references land_parcel (id),
    acquisition_id    uuid           references acquisition (id),
    subject           varchar(500)   not null check (btrim(subject) <> ''),
    raised_on         date           not null,
    handling          varchar(2000),
    status            varchar(32)    not null check (status in ('OPEN', 'MEDIATING', 'RESOLVED')),
    resolved_on       date,
    created_at        timestamptz    not null,
    created_by        varchar(100)   not null,
    updated_at        timestamptz    not null,
    updated_by        varchar(100)   not null,
    constraint land_dispute_resolved_dated check ((status = 'RESOLVED') = (resolved_on is not null)),
    constraint land_dispute_resolved_after_raised check (resolved_on is null or resolved_on >= raised_on)
);
create index land_dispute_parcel_idx on land_dispute (parcel_id);

create table resettlement_area (
    id                uuid primary key,
    version           integer        not null,
    name              varchar(100)   not null check (btrim(name) <> ''),
    park              varchar(32)    not null check (park in ('JIANGBEI', 'ZIWU', 'LUOWEI', 'STANDARD_FACTORY')),
    description       varchar(1000),
    created_at        timestamptz    not null,
    created_by        varchar(100)   not null,
    updated_at        timestamptz    not null,
    updated_by        varchar(100)   not null,
    constraint resettlement_area_name_key unique (name)
);

create table resettlement_plot (
    id                uuid primary key,
    version           integer        not null,
    area_id           uuid           not null references resettlement_area (id),
    code              varchar(40)    not null check (code = upper(code) and btrim(code) <> ''),
    area_m2           numeric(12, 2) not null check (area_m2 > 0),
    created_at        timestamptz    not null,
    created_by        varchar(100)   not null,
    updated_at        timestamptz    not null,
    updated_by        varchar(100)   not null,
    constraint resettlement_plot_code_key unique (area_id, code)
);

-- Personal data: names, identity numbers, phones and members are AES-GCM ciphertext (base64, IV first);
-- identity numbers and phones also carry an HMAC-SHA256 blind index (hex) for exact-match search.
create table relocation_household (
    id                   uuid primary key,
    version              integer        not null,
    parcel_id            uuid           not null references land_parcel (id),
    head_name_cipher     text           not null,
    id_number_cipher     text           not null,
    id_number_index      varchar(64)    not null,
    phone_cipher         text,
    phone_index          varchar(64),
    members_cipher       text           not null,
    member_count         integer        not null check (member_count >= 0),
    house_area_m2        numeric(12, 2) not null check (house_area_m2 >= 0),
    compensation_cny     numeric(18, 2) not null check (compensation_cny >= 0),
    status               varchar(32)    not null
        check (status in ('SURVEYED', 'NEGOTIATING', 'CONTRACT_SIGNED', 'DEMOLISHED', 'RESETTLED')),
    contract_signed_on   date,
    demolished_on        date,
    resettled_on         date,
    -- the resettlement plot assigned: at most one household per plot, so concurrent assignments cannot both win
    plot_id              uuid           references resettlement_plot (id),
    created_at           timestamptz    not null,
    created_by           varchar(100)   not null,
    updated_at           timestamptz    not null,
    updated_by           varchar(100)   not null,
    constraint relocation_household_plot_key unique (plot_id),
    constraint relocation_household_id_number_key unique (id_number_index),
    constraint relocation_household_signed_dated
        check ((status in ('CONTRACT_SIGNED', 'DEMOLISHED', 'RESETTLED')) = (contract_signed_on is not null)),
    constraint relocation_household_demolished_dated
        check ((status in ('DEMOLISHED', 'RESETTLED')) = (demolished_on is not null)),
    constraint relocation_household_resettled_dated check ((status = 'RESETTLED') = (resettled_on is not null))
);
create index relocation_household_parcel_idx on relocation_household (parcel_id);
create index relocation_household_phone_idx on relocation_household (phone_index);

create table land_use_case (
    id                uuid primary key,
    version           integer        not null,
    case_number       varchar(40)    not null check (case_number = upper(case_number) and btrim(case_number) <> ''),
    parcel_id         uuid           references land_parcel (id),
    case_type         varchar(32)    not null check (case_type in ('ROUTINE', 'BATCH', 'SEPARATE_SITE', 'OTHER')),
    subject           varchar(200)   not null check (btrim(subject) <> ''),
    area_mu           numeric(12, 2) check (area_mu > 0),
    submitted_on      date           not null,
    approved_on       date,
    created_at        timestamptz    not null,
    created_by        varchar(100)   not null,
    updated_at        timestamptz    not null,
    updated_by        varchar(100)   not null,
    constraint land_use_case_number_key unique (case_number),
    constraint land_use_case_approved_after_submitted check (approved_on is null or approved_on >= submitted_on)
);
create index land_use_case_approved_on_idx on land_use_case (approved_on);

create table expansion_application (
    id                uuid primary key,
    version           integer        not null,
    title             varchar(200)   not null check (btrim(title) <> ''),
    submitted_on      date           not null,
    created_at        timestamptz    not null,
    created_by        varchar(100)   not null,
    updated_at        timestamptz    not null,
    updated_by        varchar(100)   not null
);

create table expansion_step (
    application_id    uuid           not null references expansion_application (id) on delete cascade,
    position          integer        not null,
    name              varchar(200)   not null check (btrim(name) <> ''),
    status            varchar(32)    not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    decided_on        date,
    primary key (application_id, position),
    constraint expansion_step_decided_dated check ((status = 'PENDING') = (decided_on is null))
);

-- change_history, where ChangeHistory (commons) writes, is commons' own migration: db/commons/R__change_history.sql
