package org.jiamusi.vet.cms.translation;

import org.jiamusi.vet.cms.testing.TestDatabase;

/** XliffExchangeContract on the embedded default database. */
class XliffExchangeH2Test extends XliffExchangeContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
