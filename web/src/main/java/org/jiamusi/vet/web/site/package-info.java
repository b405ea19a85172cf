/** View beans of the public site, one per page. */
package org.jiamusi.vet.web.site;
