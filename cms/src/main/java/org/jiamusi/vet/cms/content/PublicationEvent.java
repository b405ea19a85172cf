package org.jiamusi.vet.cms.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One change of what the public sees: an item published, republished or withdrawn. Written in the
 * transaction of the change, so it exists exactly when the change does; a reader (the search
 * indexer) deletes it once it has caught up.
 */
@Entity
@Table(name = "publication_event")
public class PublicationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "publication_event_seq")
    @SequenceGenerator(name = "publication_event_seq", sequenceName = "publication_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 30)
    private ContentType type;

    @Column(name = "at", nullable = false)
    private Instant at;

    protected PublicationEvent() {
        // for JPA
    }

    PublicationEvent(long itemId, ContentType type, Instant at) {
        this.itemId = itemId;
        this.type = type;
        this.at = at;
    }

    public Long getId() {
        return id;
    }

    public long getItemId() {
        return itemId;
    }

    public ContentType getType() {
        return type;
    }

    public Instant getAt() {
        return at;
    }
}
