package org.jiamusi.vet.cms.content;

import java.time.Instant;

/** One line of an item's history. */
public record RevisionInfo(int number, String author, Instant createdAt, String comment, boolean published, boolean current) {
}
