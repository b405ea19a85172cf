-- Programmes the education bureau promotes (the plan's flagships): they rank first among equals in search.
ALTER TABLE programme ADD COLUMN featured BOOLEAN DEFAULT FALSE NOT NULL;
