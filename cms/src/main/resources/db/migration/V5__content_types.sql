-- The public side of the content types: one table per type holding the published revision only,
-- keyed by its content item's id, and one text table per type keyed by (owner, lang) whose slugs
-- are unique in each language. References to other items point at content_item, not at the
-- other type's table, because the item referred to need not be published.
-- Portable SQL: runs on H2 and PostgreSQL. PostgreSQL does not index foreign keys by itself, so
-- the columns the site looks things up by are indexed here.

CREATE TABLE institution (
    id        BIGINT       NOT NULL PRIMARY KEY REFERENCES content_item (id),
    kind      VARCHAR(40)  NOT NULL,
    district  VARCHAR(40)  NOT NULL,
    latitude  NUMERIC(9, 6),
    longitude NUMERIC(9, 6),
    phone     VARCHAR(30),
    email     VARCHAR(254),
    website   VARCHAR(500)
);
CREATE INDEX institution_district ON institution (district);

CREATE TABLE institution_text (
    institution_id BIGINT         NOT NULL REFERENCES institution (id),
    lang           VARCHAR(2)     NOT NULL,
    title          VARCHAR(200)   NOT NULL,
    slug           VARCHAR(100)   NOT NULL,
    summary        VARCHAR(1000),
    description    VARCHAR(50000),
    address        VARCHAR(300),
    honours        VARCHAR(4000),
    PRIMARY KEY (institution_id, lang),
    CONSTRAINT institution_text_slug_unique UNIQUE (lang, slug)
);
