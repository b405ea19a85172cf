/**
 * What the web layer needs from the server: the table of the site's sections and the language
 * routing of every URL built from it, HTTP caching, security headers and the site's address.
 */
package org.jiamusi.vet.web.infra;
