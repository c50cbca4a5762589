-- C1–C3: student clubs and their members (Q12 coverage), and each congress session's delegates and results.
create table gov_club (
  club_id varchar(40)  primary key,
  name    varchar(100) not null,
  major   boolean      not null
);
create table gov_club_member (
  club_id    varchar(40) not null references gov_club (club_id),
  student_id varchar(32) not null references gov_student (student_id),
  primary key (club_id, student_id)
);
create table gov_congress_delegate (
  process_instance_id varchar(64) not null,
  student_id          varchar(32) not null references gov_student (student_id),
  college_id          varchar(32) not null,
  elected_at          timestamp   not null,
  primary key (process_instance_id, student_id)
);
