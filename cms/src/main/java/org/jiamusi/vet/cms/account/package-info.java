/**
 * Who works in the back office, in which roles, and for which institution and languages; how they
 * sign in, and how the first administrator of a new installation comes to exist.
 */
package org.jiamusi.vet.cms.account;
