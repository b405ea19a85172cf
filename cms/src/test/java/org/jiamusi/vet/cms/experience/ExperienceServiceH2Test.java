package org.jiamusi.vet.cms.experience;

import org.jiamusi.vet.cms.testing.TestDatabase;

/** The career experiences the public reads, on the embedded default database. */
class ExperienceServiceH2Test extends ExperienceServiceContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
