-- Certificates issued before the status list existed get their place in it.
update certificate set status_index = nextval('certificate_status_index_seq') where status_index is null;
