package org.jiamusi.vet.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, the total found, the facet counts (facet → value → count) and whether the
 * results come from the database because the search engine could not be reached.
 */
public record SearchPage(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets, boolean fallback) {
}
