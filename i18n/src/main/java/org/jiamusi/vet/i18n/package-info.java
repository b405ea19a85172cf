/**
 * The site's three languages and what each needs from ICU4J: negotiation from a request,
 * slugs made from titles, and collation for lists sorted by name; and the one rule for the
 * characters any stored text may hold ({@link org.jiamusi.vet.i18n.TextCharacters}).
 */
package org.jiamusi.vet.i18n;
