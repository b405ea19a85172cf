/** Events: open days, the vocational education week, World Youth Skills Day, competitions and fairs. */
package org.jiamusi.vet.cms.event;
