package org.jiamusi.vet.cms.account;

import org.jiamusi.vet.cms.testing.TestDatabase;

/** The account service on the machine's PostgreSQL. */
class AccountServicePostgresIT extends AccountServiceContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
