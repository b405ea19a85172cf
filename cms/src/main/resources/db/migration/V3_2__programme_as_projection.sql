-- A programme row is now the published revision of a content item with the same id: the editorial
-- columns moved to content_item, former slugs to content_slug.
ALTER TABLE programme DROP CONSTRAINT programme_ref_unique;
ALTER TABLE programme DROP COLUMN ref;
ALTER TABLE programme DROP COLUMN version;
ALTER TABLE programme DROP COLUMN sample;
DROP TABLE programme_old_slug;
DROP SEQUENCE programme_seq;

ALTER TABLE programme ADD CONSTRAINT programme_item FOREIGN KEY (id) REFERENCES content_item (id);
ALTER TABLE programme ADD COLUMN institution_id BIGINT;
ALTER TABLE programme ADD CONSTRAINT programme_institution FOREIGN KEY (institution_id) REFERENCES content_item (id);

ALTER TABLE programme_text ADD COLUMN cluster VARCHAR(200);
ALTER TABLE programme_text ADD COLUMN certificates VARCHAR(2000);
ALTER TABLE programme_text ADD COLUMN admission VARCHAR(2000);
