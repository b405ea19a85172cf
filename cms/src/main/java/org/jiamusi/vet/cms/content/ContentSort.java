package org.jiamusi.vet.cms.content;

/** The orders a back-office list can be sorted in, each done by the database. */
public enum ContentSort {
    /** Latest change first when descending: what an editor looks for on a Monday morning. */
    UPDATED("i.updatedAt"),
    REF("i.ref"),
    STATUS("i.status"),
    CREATED("i.id");

    final String path;

    ContentSort(String path) {
        this.path = path;
    }
}
