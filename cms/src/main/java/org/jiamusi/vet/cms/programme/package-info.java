/** Programmes (专业): what an institution teaches, at which level, by which pathway, in three languages. */
package org.jiamusi.vet.cms.programme;
