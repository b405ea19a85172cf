/** Institutions (院校/学校/企业): the colleges, schools, groups and companies that teach, and where they are. */
package org.jiamusi.vet.cms.institution;
