package org.jiamusi.vet.cms.institution;

import org.jiamusi.vet.cms.testing.TestDatabase;

/** What the public reads of institutions, on the embedded default database. */
class InstitutionServiceH2Test extends InstitutionServiceContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
