/** Who works in the back office, in which roles, and for which institution and languages. */
package org.jiamusi.vet.cms.account;
