/** News articles of the city's vocational education and of its institutions. */
package org.jiamusi.vet.cms.news;
