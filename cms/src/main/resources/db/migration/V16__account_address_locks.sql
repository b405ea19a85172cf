-- Wrong passwords are counted, and sign-in locked after too many, per account and address together
-- instead of per account: a stranger who locks an account then locks it only for their own address.
-- Portable SQL: runs on H2 and PostgreSQL. The per-account columns go; a lock they held is dropped
-- with them, as an administrator's unlock would drop it.
CREATE TABLE account_address_lock (
    account_id      BIGINT                   NOT NULL REFERENCES account (id),
    -- An IPv4 address, or an IPv6 /64 network.
    address         VARCHAR(64)              NOT NULL,
    failures        INTEGER                  NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT account_address_lock_pk PRIMARY KEY (account_id, address)
);

ALTER TABLE account DROP COLUMN failed_logins;
ALTER TABLE account DROP COLUMN locked_until;
