package org.jiamusi.vet.search;

import java.util.List;

/** A page of hits and the total number found. */
public record SearchResults<T>(long total, List<T> hits) {
}
