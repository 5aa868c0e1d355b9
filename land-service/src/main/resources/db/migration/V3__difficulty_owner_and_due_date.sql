-- What an open difficulty needs to be followed: who follows it (责任人) and by when. A land dispute's, and an
-- expansion step's the zone itself must carry out (征地拆迁先行); both optional, so the records kept stay valid.

alter table land_dispute
    add column owner  varchar(100) check (btrim(owner) <> ''),
    add column due_on date,
    add constraint land_dispute_due_after_raised check (due_on is null or due_on >= raised_on);

alter table expansion_step
    add column owner  varchar(100) check (btrim(owner) <> ''),
    add column due_on date;
