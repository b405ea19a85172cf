package org.jiamusi.vet.cms.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jiamusi.vet.i18n.Language;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The revision of the Chinese source that an item's translation into one language was made from. */
@Entity
@Table(name = "content_translation")
public class TranslationRecord {

    @EmbeddedId
    private Key key;

    @Column(name = "source_revision", nullable = false)
    private int sourceRevision;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    protected TranslationRecord() {
        // for JPA
    }

    TranslationRecord(long itemId, Language language) {
        this.key = new Key(itemId, language);
    }

    public long getItemId() {
        return key.itemId;
    }

    public Language getLanguage() {
        return key.language;
    }

    public int getSourceRevision() {
        return sourceRevision;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    void madeFrom(int sourceRevision, Instant at, String by) {
        this.sourceRevision = sourceRevision;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    /** Item and language. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "item_id", nullable = false)
        private Long itemId;

        @Enumerated(EnumType.STRING)
        @Column(name = "lang", nullable = false, length = 2)
        private Language language;

        protected Key() {
            // for JPA
        }

        Key(long itemId, Language language) {
            this.itemId = itemId;
            this.language = language;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.itemId.equals(itemId) && k.language == language;
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemId, language);
        }
    }
}
