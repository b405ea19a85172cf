package org.jiamusi.vet.cms.audit;

import org.jiamusi.vet.cms.testing.TestDatabase;

/** AuditLogContract on the machine's PostgreSQL. */
class AuditLogPostgresIT extends AuditLogContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
