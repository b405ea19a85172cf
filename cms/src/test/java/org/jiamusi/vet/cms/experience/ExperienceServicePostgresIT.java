package org.jiamusi.vet.cms.experience;

import org.jiamusi.vet.cms.testing.TestDatabase;

/** The career experiences the public reads, on PostgreSQL. */
class ExperienceServicePostgresIT extends ExperienceServiceContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
