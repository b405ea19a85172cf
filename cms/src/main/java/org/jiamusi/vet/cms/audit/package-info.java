/** The audit log: who did what, to which item, when and from where. */
package org.jiamusi.vet.cms.audit;
