-- Career-experience courses the editors feature on the home page, with a picture of their interest area.
ALTER TABLE experience_course ADD COLUMN featured BOOLEAN DEFAULT FALSE NOT NULL;
