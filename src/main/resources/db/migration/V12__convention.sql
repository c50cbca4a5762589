-- D1: the day the member signed the self-discipline convention (学生会研究生会干部自律公约), recorded with the
-- appointment (P2, P3, a congress's presidium) or the roster load; null where it was never recorded (a warning in
-- the union's quota view).
alter table gov_roster add column convention_signed_at date;
