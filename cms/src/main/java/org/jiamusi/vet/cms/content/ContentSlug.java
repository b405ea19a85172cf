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
import java.util.Objects;

/**
 * A slug of an item in one language: its current one, or a former one that still leads to it. A
 * slug is unique per type and language for as long as it is kept, current or former.
 */
@Entity
@Table(name = "content_slug")
public class ContentSlug {

    @EmbeddedId
    private Key key;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(name = "current", nullable = false)
    private boolean current;

    protected ContentSlug() {
        // for JPA
    }

    ContentSlug(ContentType type, Language language, String slug, long itemId) {
        this.key = new Key(type, language, slug);
        this.itemId = itemId;
        this.current = true;
    }

    public ContentType getType() {
        return key.type;
    }

    public Language getLanguage() {
        return key.language;
    }

    public String getSlug() {
        return key.slug;
    }

    public long getItemId() {
        return itemId;
    }

    public boolean isCurrent() {
        return current;
    }

    void setCurrent(boolean current) {
        this.current = current;
    }

    /** Type, language and slug. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Enumerated(EnumType.STRING)
        @Column(name = "type", nullable = false, length = 30)
        private ContentType type;

        @Enumerated(EnumType.STRING)
        @Column(name = "lang", nullable = false, length = 2)
        private Language language;

        @Column(name = "slug", nullable = false, length = 100)
        private String slug;

        protected Key() {
            // for JPA
        }

        Key(ContentType type, Language language, String slug) {
            this.type = type;
            this.language = language;
            this.slug = slug;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.type == type && k.language == language && k.slug.equals(slug);
        }

        @Override
        public int hashCode() {
            return Objects.hash(type, language, slug);
        }
    }
}
