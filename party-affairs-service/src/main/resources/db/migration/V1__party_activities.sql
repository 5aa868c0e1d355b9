-- Activities of the zone Party committee (活动) and the enterprises involved in them.
-- An enterprise is the investment service's: referred to by its id, never by a foreign key across databases.

create table party_activity (
    id                 uuid primary key,
    version            integer       not null,
    type               varchar(40)   not null check (type in ('PARTY_LECTURE', 'DEMOCRATIC_LIFE_MEETING',
                                                              'THEMED_ACTIVITY', 'TRAINING', 'JOB_FAIR',
                                                              'SPORTS_MEET', 'KNOWLEDGE_QUIZ', 'OTHER')),
    held_on            date          not null,
    title              varchar(200)  not null check (btrim(title) <> ''),
    organiser          varchar(200)  not null check (btrim(organiser) <> ''),
    participants_count integer       not null check (participants_count >= 0),
    summary            varchar(4000),
    created_at         timestamptz   not null,
    created_by         varchar(100)  not null,
    updated_at         timestamptz   not null,
    updated_by         varchar(100)  not null
);
create index party_activity_held_on_idx on party_activity (held_on);
create index party_activity_type_idx on party_activity (type);

create table party_activity_enterprise (
    activity_id   uuid not null references party_activity (id) on delete cascade,
    enterprise_id uuid not null,
    primary key (activity_id, enterprise_id)
);
create index party_activity_enterprise_enterprise_idx on party_activity_enterprise (enterprise_id);
