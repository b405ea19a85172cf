package org.jiamusi.vet.cms.audit;

import org.jiamusi.vet.cms.testing.TestDatabase;

/** AuditLogContract on the embedded default database. */
class AuditLogH2Test extends AuditLogContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
