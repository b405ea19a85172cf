/** Pages of their own: about the site, policy documents such as the city's plan, and general pages. */
package org.jiamusi.vet.cms.page;
