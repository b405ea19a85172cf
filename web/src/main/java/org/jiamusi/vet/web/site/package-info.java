/**
 * The public site's pages: a view bean per page or page family (home, lists, detail pages, search,
 * compare), and what several of them show — programme cards, links to institutions, event entries,
 * the pathway diagram, the schematic map, structured data (JSON-LD) and the footer.
 */
package org.jiamusi.vet.web.site;
