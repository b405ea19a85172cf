/** The public JSON API under {@code /api/v1/}: read-only, stable, and answering bad parameters with 400. */
package org.jiamusi.vet.web.api;
