-- Back-office accounts, their roles and their translation languages. Portable SQL: runs on H2 and
-- PostgreSQL.
CREATE SEQUENCE account_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE account (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    version              BIGINT       NOT NULL,
    username             VARCHAR(60)  NOT NULL,
    display_name         VARCHAR(100) NOT NULL,
    password_hash        VARCHAR(200) NOT NULL,
    -- The institution an institution editor works for; content items are archived, never deleted.
    institution_id       BIGINT       REFERENCES content_item (id),
    enabled              BOOLEAN      NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    last_login_at        TIMESTAMP WITH TIME ZONE,
    failed_logins        INTEGER      NOT NULL,
    locked_until         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT account_username_unique UNIQUE (username)
);
CREATE INDEX account_institution ON account (institution_id);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL REFERENCES account (id),
    role       VARCHAR(30) NOT NULL,
    CONSTRAINT account_role_pk PRIMARY KEY (account_id, role)
);

CREATE TABLE account_language (
    account_id BIGINT     NOT NULL REFERENCES account (id),
    lang       VARCHAR(2) NOT NULL,
    CONSTRAINT account_language_pk PRIMARY KEY (account_id, lang)
);
