/** The database schema, kept by Flyway migrations that run on H2 and PostgreSQL. */
package org.jiamusi.vet.cms.schema;
