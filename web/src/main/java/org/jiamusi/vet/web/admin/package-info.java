/**
 * The back office at {@code /admin/}: sign-in over the account table with Jakarta Security, the
 * editor's language, and one view bean per page. Every action goes through the {@code cms}
 * services with the signed-in {@link org.jiamusi.vet.cms.account.Actor}, so the rules of who may do
 * what are checked there, whatever a page shows or hides.
 */
package org.jiamusi.vet.web.admin;
