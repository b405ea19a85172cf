-- Programmes and their texts in each language. Portable SQL: runs on H2 and PostgreSQL.
CREATE SEQUENCE programme_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE programme (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    ref            VARCHAR(100) NOT NULL,
    code           VARCHAR(20),
    level          VARCHAR(40)  NOT NULL,
    pathway        VARCHAR(40)  NOT NULL,
    duration_years INTEGER,
    sample         BOOLEAN      NOT NULL,
    CONSTRAINT programme_ref_unique UNIQUE (ref)
);

CREATE TABLE programme_text (
    programme_id BIGINT        NOT NULL REFERENCES programme (id),
    lang         VARCHAR(2)    NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    slug         VARCHAR(100)  NOT NULL,
    institution  VARCHAR(200),
    summary      VARCHAR(1000),
    description  VARCHAR(10000),
    careers      VARCHAR(2000),
    PRIMARY KEY (programme_id, lang),
    CONSTRAINT programme_text_slug_unique UNIQUE (lang, slug)
);
