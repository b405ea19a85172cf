/** Extensions of Faces itself: EL resolvers, converters, validators. */
package org.jiamusi.vet.web.faces;
