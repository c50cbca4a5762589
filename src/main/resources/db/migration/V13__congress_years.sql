-- C1: every congress session of a union and year (student-congress), so that each union's state for a year is read
-- from the service's records: opened, approved (gov_decision, step partyApproval), filed; a cancelled congress's rows
-- are deleted. The elected presidium with its votes, for the announcement (公告).
create table gov_congress (
  process_instance_id varchar(64)  primary key,
  union_id            varchar(40)  not null references gov_union (union_id),
  congress_year       integer      not null,
  business_key        varchar(255) not null,
  opened_at           timestamp    not null,
  filed_on            date,
  filing_reference    varchar(200)
);
create index gov_congress_year on gov_congress (congress_year, union_id);
create table gov_congress_winner (
  process_instance_id varchar(64) not null references gov_congress (process_instance_id) on delete cascade,
  student_id          varchar(32) not null references gov_student (student_id),
  votes               integer     not null,
  primary key (process_instance_id, student_id)
);
-- C1: the yearly reminder to a college league whose union filed no congress by the reminder date; one per union and
-- year even when two checks race. The league's answer: the planned date and a note.
create table gov_congress_reminder (
  process_instance_id varchar(64)  primary key,
  union_id            varchar(40)  not null references gov_union (union_id),
  congress_year       integer      not null,
  business_key        varchar(255) not null,
  reminded_at         timestamp    not null,
  planned_on          date,
  note                varchar(2000),
  constraint gov_congress_reminder_once unique (union_id, congress_year)
);
