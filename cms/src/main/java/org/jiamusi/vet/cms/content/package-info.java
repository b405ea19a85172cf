/** What every content type shares: texts in three languages and the rules for checking them. */
package org.jiamusi.vet.cms.content;
