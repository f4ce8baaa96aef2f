-- Certificates can be revoked (the record stays) and re-issued under a new code, the old one pointing to the new.
-- One certificate per completion is kept by locking the enrolment while completing, so re-issues may share an enrolment.
alter table certificate drop constraint uq_certificate_enrolment;
create index ix_certificate_enrolment on certificate (enrolment_id);
alter table certificate add column superseded_by varchar(32);
alter table certificate add column revoked_by varchar(255);
