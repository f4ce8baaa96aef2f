-- Cohort invitations: a person who already had an account joins a cohort only once they accept the invitation on
-- their own page (/me/invitations). Member statuses are now INVITED (waits for that acceptance),
-- AWAITING_FIRST_SIGN_IN (an account made for the invitation: the first sign-in with its temporary password accepts)
-- and ACTIVE. Portable SQL: runs on PostgreSQL and on H2 in PostgreSQL mode.
alter table cohort_member alter column status set data type varchar(32);

-- Members invited before this version were enrolled in the course at once and joined at their first sign-in:
-- those who have signed in since are active, the others still wait for that first sign-in.
update cohort_member set status = 'ACTIVE'
where status = 'INVITED'
  and exists (select 1 from learner l where l.id = cohort_member.learner_id and l.last_seen_at > cohort_member.enrolled_at);
update cohort_member set status = 'AWAITING_FIRST_SIGN_IN' where status = 'INVITED';

