-- Slugs a programme had before an editor changed them: old links answer 301 to the current page.
CREATE TABLE programme_old_slug (
    programme_id BIGINT       NOT NULL REFERENCES programme (id),
    lang         VARCHAR(2)   NOT NULL,
    slug         VARCHAR(100) NOT NULL,
    CONSTRAINT programme_old_slug_pk PRIMARY KEY (lang, slug)
);
