/** Cooperation projects (国际合作 and domestic partnerships): Luban Workshops, the Sino-Russian vocational city, exchanges. */
package org.jiamusi.vet.cms.cooperation;
