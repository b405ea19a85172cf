/**
 * The content of the site and the rules an editor lives by. One package per aggregate; the
 * public site and the back office only call the services here.
 */
package org.jiamusi.vet.cms;
