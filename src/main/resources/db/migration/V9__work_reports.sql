-- O1: each union's work report to the Party committee, once a semester. The unique key refuses a second report of
-- the same union and semester even when two starts race; a cancelled procedure's row is deleted, so the union may
-- start again.
create table gov_work_report (
  process_instance_id varchar(64)  primary key,
  union_id            varchar(40)  not null references gov_union (union_id),
  semester            varchar(20)  not null,
  business_key        varchar(255) not null,
  opened_at           timestamp    not null,
  due_at              timestamp    not null,
  submitted_at        timestamp,
  constraint gov_work_report_once unique (union_id, semester)
);
