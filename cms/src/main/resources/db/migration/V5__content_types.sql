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

CREATE TABLE experience_centre (
    id             BIGINT      NOT NULL PRIMARY KEY REFERENCES content_item (id),
    institution_id BIGINT      REFERENCES content_item (id),
    district       VARCHAR(40),
    latitude       NUMERIC(9, 6),
    longitude      NUMERIC(9, 6)
);
CREATE INDEX experience_centre_institution ON experience_centre (institution_id);

CREATE TABLE experience_centre_text (
    centre_id   BIGINT         NOT NULL REFERENCES experience_centre (id),
    lang        VARCHAR(2)     NOT NULL,
    title       VARCHAR(200)   NOT NULL,
    slug        VARCHAR(100)   NOT NULL,
    summary     VARCHAR(1000),
    description VARCHAR(50000),
    address     VARCHAR(300),
    PRIMARY KEY (centre_id, lang),
    CONSTRAINT experience_centre_text_slug_unique UNIQUE (lang, slug)
);

CREATE TABLE experience_course (
    id                BIGINT      NOT NULL PRIMARY KEY REFERENCES content_item (id),
    centre_id         BIGINT      NOT NULL REFERENCES content_item (id),
    interest_area     VARCHAR(40) NOT NULL,
    for_primary       BOOLEAN     NOT NULL,
    for_junior_middle BOOLEAN     NOT NULL,
    for_senior_middle BOOLEAN     NOT NULL,
    duration_minutes  INTEGER
);
CREATE INDEX experience_course_centre ON experience_course (centre_id);

CREATE TABLE experience_course_text (
    course_id     BIGINT         NOT NULL REFERENCES experience_course (id),
    lang          VARCHAR(2)     NOT NULL,
    title         VARCHAR(200)   NOT NULL,
    slug          VARCHAR(100)   NOT NULL,
    summary       VARCHAR(1000),
    what_you_make VARCHAR(4000),
    safety_notes  VARCHAR(4000),
    description   VARCHAR(50000),
    PRIMARY KEY (course_id, lang),
    CONSTRAINT experience_course_text_slug_unique UNIQUE (lang, slug)
);

-- seats_booked belongs to the bookings, which change it in place; publishing never writes it.
-- The checks hold whoever writes: capacity is never exceeded, not even by an editor's new capacity.
CREATE TABLE experience_session (
    id           BIGINT  NOT NULL PRIMARY KEY REFERENCES content_item (id),
    course_id    BIGINT  NOT NULL REFERENCES content_item (id),
    session_date DATE    NOT NULL,
    start_time   TIME    NOT NULL,
    end_time     TIME    NOT NULL,
    capacity     INTEGER NOT NULL,
    seats_booked INTEGER DEFAULT 0 NOT NULL,
    CONSTRAINT experience_session_capacity_positive CHECK (capacity >= 1),
    CONSTRAINT experience_session_seats_within_capacity CHECK (seats_booked >= 0 AND seats_booked <= capacity)
);
CREATE INDEX experience_session_course ON experience_session (course_id, session_date);
CREATE INDEX experience_session_date ON experience_session (session_date);

CREATE TABLE experience_session_text (
    session_id BIGINT       NOT NULL REFERENCES experience_session (id),
    lang       VARCHAR(2)   NOT NULL,
    place      VARCHAR(300),
    PRIMARY KEY (session_id, lang)
);

CREATE TABLE event (
    id                    BIGINT      NOT NULL PRIMARY KEY REFERENCES content_item (id),
    kind                  VARCHAR(40) NOT NULL,
    start_date            DATE        NOT NULL,
    end_date              DATE,
    start_time            TIME,
    end_time              TIME,
    institution_id        BIGINT      REFERENCES content_item (id),
    registration_required BOOLEAN     NOT NULL,
    registration_url      VARCHAR(500)
);
CREATE INDEX event_start_date ON event (start_date);
CREATE INDEX event_institution ON event (institution_id);

CREATE TABLE event_text (
    event_id    BIGINT         NOT NULL REFERENCES event (id),
    lang        VARCHAR(2)     NOT NULL,
    title       VARCHAR(200)   NOT NULL,
    slug        VARCHAR(100)   NOT NULL,
    summary     VARCHAR(1000),
    description VARCHAR(50000),
    venue       VARCHAR(300),
    PRIMARY KEY (event_id, lang),
    CONSTRAINT event_text_slug_unique UNIQUE (lang, slug)
);

CREATE TABLE training_base (
    id             BIGINT      NOT NULL PRIMARY KEY REFERENCES content_item (id),
    kind           VARCHAR(40) NOT NULL,
    institution_id BIGINT      REFERENCES content_item (id),
    district       VARCHAR(40)
);
CREATE INDEX training_base_institution ON training_base (institution_id);

CREATE TABLE training_base_text (
    training_base_id BIGINT         NOT NULL REFERENCES training_base (id),
    lang             VARCHAR(2)     NOT NULL,
    title            VARCHAR(200)   NOT NULL,
    slug             VARCHAR(100)   NOT NULL,
    summary          VARCHAR(1000),
    description      VARCHAR(50000),
    address          VARCHAR(300),
    PRIMARY KEY (training_base_id, lang),
    CONSTRAINT training_base_text_slug_unique UNIQUE (lang, slug)
);

CREATE TABLE cooperation_project (
    id              BIGINT      NOT NULL PRIMARY KEY REFERENCES content_item (id),
    kind            VARCHAR(40) NOT NULL,
    partner_country VARCHAR(2),
    start_year      INTEGER
);

-- The city's institutions in a project, in the editor's order (lead institution first).
CREATE TABLE cooperation_project_institution (
    project_id     BIGINT  NOT NULL REFERENCES cooperation_project (id),
    position       INTEGER NOT NULL,
    institution_id BIGINT  NOT NULL REFERENCES content_item (id),
    PRIMARY KEY (project_id, position)
);
CREATE INDEX cooperation_project_institution_institution ON cooperation_project_institution (institution_id);

CREATE TABLE cooperation_project_text (
    project_id  BIGINT         NOT NULL REFERENCES cooperation_project (id),
    lang        VARCHAR(2)     NOT NULL,
    title       VARCHAR(200)   NOT NULL,
    slug        VARCHAR(100)   NOT NULL,
    summary     VARCHAR(1000),
    description VARCHAR(50000),
    partner     VARCHAR(300),
    PRIMARY KEY (project_id, lang),
    CONSTRAINT cooperation_project_text_slug_unique UNIQUE (lang, slug)
);

CREATE TABLE media_item (
    id          BIGINT       NOT NULL PRIMARY KEY REFERENCES content_item (id),
    file_name   VARCHAR(255) NOT NULL,
    media_type  VARCHAR(255) NOT NULL,
    byte_size   BIGINT,
    width       INTEGER,
    height      INTEGER,
    storage_key VARCHAR(300)
);

CREATE TABLE media_item_text (
    media_item_id BIGINT       NOT NULL REFERENCES media_item (id),
    lang          VARCHAR(2)   NOT NULL,
    caption       VARCHAR(300),
    alt_text      VARCHAR(300),
    PRIMARY KEY (media_item_id, lang)
);

CREATE TABLE news_article (
    id             BIGINT NOT NULL PRIMARY KEY REFERENCES content_item (id),
    published_on   DATE   NOT NULL,
    image_id       BIGINT REFERENCES content_item (id),
    institution_id BIGINT REFERENCES content_item (id)
);
CREATE INDEX news_article_published_on ON news_article (published_on);
CREATE INDEX news_article_institution ON news_article (institution_id);

CREATE TABLE news_article_text (
    article_id BIGINT         NOT NULL REFERENCES news_article (id),
    lang       VARCHAR(2)     NOT NULL,
    title      VARCHAR(200)   NOT NULL,
    slug       VARCHAR(100)   NOT NULL,
    summary    VARCHAR(1000),
    body       VARCHAR(50000),
    PRIMARY KEY (article_id, lang),
    CONSTRAINT news_article_text_slug_unique UNIQUE (lang, slug)
);

CREATE TABLE page (
    id   BIGINT      NOT NULL PRIMARY KEY REFERENCES content_item (id),
    kind VARCHAR(40) NOT NULL
);

CREATE TABLE page_text (
    page_id BIGINT          NOT NULL REFERENCES page (id),
    lang    VARCHAR(2)      NOT NULL,
    title   VARCHAR(200)    NOT NULL,
    slug    VARCHAR(100)    NOT NULL,
    summary VARCHAR(1000),
    body    VARCHAR(200000),
    PRIMARY KEY (page_id, lang),
    CONSTRAINT page_text_slug_unique UNIQUE (lang, slug)
);
