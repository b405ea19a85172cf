-- The audit log page filters by date range and by action, newest first: both need an index once
-- the log has grown. Portable SQL: runs on H2 and PostgreSQL.
CREATE INDEX audit_entry_at ON audit_entry (at);
CREATE INDEX audit_entry_action ON audit_entry (action, at);
