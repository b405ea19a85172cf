-- What changed on the public site, written in the same transaction as the change: readers of this
-- log (the search indexer) catch up from it, however long they were unavailable.
CREATE SEQUENCE publication_event_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE publication_event (
    id      BIGINT      NOT NULL PRIMARY KEY,
    item_id BIGINT      NOT NULL,
    type    VARCHAR(30) NOT NULL,
    at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX publication_event_order ON publication_event (id);
