-- One row that moves with every change of what the public sees (publication, republication,
-- withdrawal, a new slug). Unlike the publication log, which the indexer empties, it is never
-- cleared: the public site derives its HTTP validators (ETag) from it, so a conditional request
-- can be answered 304 without rendering the page again.
CREATE TABLE publication_clock (
    id         INT                      NOT NULL PRIMARY KEY,
    changes    BIGINT                   NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO publication_clock (id, changes, changed_at) VALUES (1, 0, CURRENT_TIMESTAMP);
