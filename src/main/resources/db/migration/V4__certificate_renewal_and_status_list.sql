-- A renewal certificate points to the certificate it renews; every certificate has a place in the revocation status list.
alter table certificate add column renewal_of varchar(32);
alter table certificate add column status_index integer;
create sequence certificate_status_index_seq start with 0 minvalue 0;
create unique index ux_certificate_status_index on certificate (status_index);
