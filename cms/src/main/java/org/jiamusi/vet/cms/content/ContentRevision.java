package org.jiamusi.vet.cms.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One saved state of an item: every save is a revision, and revisions are never changed. */
@Entity
@Table(name = "content_revision")
public class ContentRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_revision_seq")
    @SequenceGenerator(name = "content_revision_seq", sequenceName = "content_revision_seq", allocationSize = 50)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "author", nullable = false, length = 100)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "comment", length = 500)
    private String comment;

    @Column(name = "data", nullable = false, length = 1_000_000)
    private String data;

    protected ContentRevision() {
        // for JPA
    }

    ContentRevision(long itemId, int number, String author, Instant createdAt, String comment, ContentDraft draft) {
        this.itemId = itemId;
        this.number = number;
        this.author = author;
        this.createdAt = createdAt;
        this.comment = comment == null || comment.length() <= 500 ? comment : comment.substring(0, 500);
        this.data = draft.toJson();
    }

    public long getItemId() {
        return itemId;
    }

    public int getNumber() {
        return number;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getComment() {
        return comment;
    }

    public ContentDraft draft() {
        return ContentDraft.fromJson(data);
    }
}
