package org.jiamusi.vet.cms.institution;

import org.jiamusi.vet.cms.testing.TestDatabase;

/** What the public reads of institutions, on PostgreSQL. */
class InstitutionServicePostgresIT extends InstitutionServiceContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
