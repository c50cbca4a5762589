-- Issue 14: a reminder's audience is every candidate group of its task, comma-separated: C2's delegate
-- recommendation has one group per class of the college, which 1000 characters do not hold for a large college.
alter table gov_task_event alter column audience set data type varchar(20000);
