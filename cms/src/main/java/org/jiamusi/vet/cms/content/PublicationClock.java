package org.jiamusi.vet.cms.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The one row that counts the changes of what the public sees. It is moved by a bulk update in the
 * transaction of the change ({@link PublicVersion#advance}), so it never runs ahead of or behind
 * the published content, and two publications never lose each other's step.
 */
@Entity
@Table(name = "publication_clock")
public class PublicationClock {

    static final int ROW = 1;

    @Id
    private Integer id;

    @Column(name = "changes", nullable = false)
    private long changes;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected PublicationClock() {
        // for JPA
    }

    public long getChanges() {
        return changes;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
