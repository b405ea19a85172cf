-- A programme's own distinctions (a provincial "Double High-Level" cluster, a national model
-- programme) in each language, shown on its page beside those of its institution.
ALTER TABLE programme_text ADD COLUMN honours VARCHAR(2000);
