-- What a certificate printed besides its name and course: the competencies (one per line) and the instructor.
alter table certificate add column competencies varchar(2000);
alter table certificate add column instructor_name varchar(255);
