-- The programme cluster (专业群) by its Chinese name, copied at publication: search facets on it.
ALTER TABLE programme ADD COLUMN cluster VARCHAR(200);
