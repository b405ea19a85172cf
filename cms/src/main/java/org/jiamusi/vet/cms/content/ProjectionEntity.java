package org.jiamusi.vet.cms.content;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.jiamusi.vet.i18n.Language;

import java.util.Map;
import java.util.Optional;

/**
 * The public entity of a content type, as the site and the search index read it: the published
 * revision only, under the id of its {@link ContentItem}, with its texts by language. It is written
 * by its type's {@link EntityProjection} and by nothing else, so its state is never ahead of what
 * was published. Each type maps its texts to a table of its own and hands them over with
 * {@link #texts()}.
 *
 * @param <T> the type's texts in one language
 */
@MappedSuperclass
public abstract class ProjectionEntity<T> {

    @Id
    private Long id;

    protected ProjectionEntity() {
        // for JPA
    }

    protected ProjectionEntity(Long id) {
        this.id = id;
    }

    public Long getId() {
        return id;
    }

    /** The mapped texts themselves, which {@link #replaceTexts} changes. */
    protected abstract Map<Language, T> texts();

    /** The texts by language, for reading; only the languages that were published are present. */
    public Map<Language, T> getTexts() {
        return Map.copyOf(texts());
    }

    public Optional<T> text(Language language) {
        return Optional.ofNullable(texts().get(language));
    }

    /** Makes the published texts exactly these: a language no longer published is removed. */
    void replaceTexts(Map<Language, T> published) {
        Map<Language, T> texts = texts();
        texts.keySet().retainAll(published.keySet());
        texts.putAll(published);
    }
}
