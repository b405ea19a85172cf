/** Extensions of Faces itself: the EL resolver for records, the versioned resource handler, stateless public views, expired forms opened afresh. */
package org.jiamusi.vet.web.faces;
