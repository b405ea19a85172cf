/**
 * Full-text search over the published content: the index mapping, one analyzer per language for
 * each backend, and query services that return small records. The only package that touches the
 * Hibernate Search API.
 */
package org.jiamusi.vet.search;
