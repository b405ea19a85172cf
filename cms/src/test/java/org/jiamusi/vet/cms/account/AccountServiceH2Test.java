package org.jiamusi.vet.cms.account;

import org.jiamusi.vet.cms.testing.TestDatabase;

/** The account service on the embedded default database. */
class AccountServiceH2Test extends AccountServiceContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
