-- The district of a programme's institution, copied at publication: programme lists and search
-- facets filter by it without a join.
ALTER TABLE programme ADD COLUMN district VARCHAR(30);
