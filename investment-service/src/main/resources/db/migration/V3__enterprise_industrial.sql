-- 工业企业: whether an enterprise counts as industrial (利废企业 included) in the zone's statistics, so the work summary
-- can give the industrial enterprises' tax and the part of it paid by those above designated size (规模以上工业企业).
-- An enterprise recorded above designated size was recorded as an industrial one: the size is industry's threshold.
alter table enterprise add column industrial boolean not null default false;
update enterprise set industrial = above_designated_size;
