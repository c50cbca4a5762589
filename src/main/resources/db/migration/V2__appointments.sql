-- P2 and P3 (issue 3): a nomination names the post and department it is for; a P2 batch holds several
-- nominations in one process instance.
alter table gov_nomination add column post varchar(30);
alter table gov_nomination add column department_id varchar(40);
alter table gov_nomination drop constraint gov_nomination_instance;
alter table gov_nomination add constraint gov_nomination_instance_student unique (process_instance_id, student_id);

-- A student holds at most one current post in a union: active_key is union/student while the post is
-- held and null once it ends, and its unique constraint decides even when two appointments race.
alter table gov_roster add column active_key varchar(100);
update gov_roster set active_key = union_id || '/' || student_id where ended_at is null;
alter table gov_roster add constraint gov_roster_active unique (active_key);
