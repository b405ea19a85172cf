/** What machines read from the site: the iCalendar and Atom feeds per language, and the sitemap. */
package org.jiamusi.vet.web.feeds;
