-- The editorial core shared by every content type: items, their revisions, slugs, translations,
-- and the audit log. Portable SQL: runs on H2 and PostgreSQL.
CREATE SEQUENCE content_item_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE content_item (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    version            BIGINT       NOT NULL,
    type               VARCHAR(30)  NOT NULL,
    ref                VARCHAR(100) NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    institution_id     BIGINT,
    current_revision   INTEGER      NOT NULL,
    published_revision INTEGER,
    source_revision    INTEGER      NOT NULL,
    publish_at         TIMESTAMP WITH TIME ZONE,
    unpublish_at       TIMESTAMP WITH TIME ZONE,
    sample             BOOLEAN      NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(100) NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         VARCHAR(100) NOT NULL,
    CONSTRAINT content_item_ref_unique UNIQUE (type, ref)
);
CREATE INDEX content_item_status ON content_item (type, status);
CREATE INDEX content_item_institution ON content_item (institution_id);

CREATE SEQUENCE content_revision_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE content_revision (
    id         BIGINT          NOT NULL PRIMARY KEY,
    item_id    BIGINT          NOT NULL REFERENCES content_item (id),
    number     INTEGER         NOT NULL,
    author     VARCHAR(100)    NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    comment    VARCHAR(500),
    data       VARCHAR(1000000) NOT NULL,
    CONSTRAINT content_revision_number_unique UNIQUE (item_id, number)
);

-- Current and former slugs; a former one still answers (301), so no other item may take it.
CREATE TABLE content_slug (
    type    VARCHAR(30)  NOT NULL,
    lang    VARCHAR(2)   NOT NULL,
    slug    VARCHAR(100) NOT NULL,
    item_id BIGINT       NOT NULL REFERENCES content_item (id),
    current BOOLEAN      NOT NULL,
    CONSTRAINT content_slug_pk PRIMARY KEY (type, lang, slug)
);
CREATE INDEX content_slug_item ON content_slug (item_id);

-- Which revision of the Chinese source each translation was made from.
CREATE TABLE content_translation (
    item_id         BIGINT       NOT NULL REFERENCES content_item (id),
    lang            VARCHAR(2)   NOT NULL,
    source_revision INTEGER      NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    CONSTRAINT content_translation_pk PRIMARY KEY (item_id, lang)
);

CREATE SEQUENCE audit_entry_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id        BIGINT        NOT NULL PRIMARY KEY,
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    username  VARCHAR(100)  NOT NULL,
    address   VARCHAR(100),
    action    VARCHAR(60)   NOT NULL,
    item_type VARCHAR(30),
    item_id   BIGINT,
    detail    VARCHAR(2000)
);
CREATE INDEX audit_entry_item ON audit_entry (item_id);
CREATE INDEX audit_entry_user ON audit_entry (username, at);
