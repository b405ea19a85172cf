/**
 * Career experience (职业体验): the centres where pupils try a trade, the courses they take there,
 * and the dated sessions of each course that families book.
 */
package org.jiamusi.vet.cms.experience;
