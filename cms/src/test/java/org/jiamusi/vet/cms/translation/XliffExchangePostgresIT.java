package org.jiamusi.vet.cms.translation;

import org.jiamusi.vet.cms.testing.TestDatabase;

/** XliffExchangeContract on the machine's PostgreSQL. */
class XliffExchangePostgresIT extends XliffExchangeContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
