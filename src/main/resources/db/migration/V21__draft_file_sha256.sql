-- Images in drafts: each draft file's SHA-256, so that the editor's preview finds an image of the draft by the hashed
-- address it is shown at (/courses/<course>/assets/<sha256>.<ext>). Rows written before this have none; they are
-- hashed when read. Portable SQL: PostgreSQL and H2.

alter table authoring_draft_file add column sha256 varchar(64);

create index ix_authoring_draft_file_sha256 on authoring_draft_file (course_id, sha256);
