-- Who changed what, when, from which value to which (变更记录): every service's ChangeHistory writes here, in the
-- transaction of the change. In every service's Flyway locations (db/migration,db/commons). Repeatable: Flyway runs
-- it after a database's versioned migrations, and again only when this file changes, so it must stay re-runnable
-- (IF NOT EXISTS; a later change of the table is a re-runnable statement here). A database from before the table
-- moved here has it from its own V2 already.
CREATE TABLE IF NOT EXISTS change_history (
    id          uuid PRIMARY KEY,
    record_type varchar(64)  NOT NULL,
    record_id   uuid         NOT NULL,
    field       varchar(64)  NOT NULL,
    old_value   text,
    new_value   text,
    changed_at  timestamptz  NOT NULL,
    changed_by  varchar(255) NOT NULL
);
CREATE INDEX IF NOT EXISTS change_history_by_record ON change_history (record_type, record_id, changed_at);
