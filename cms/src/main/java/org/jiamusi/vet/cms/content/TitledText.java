package org.jiamusi.vet.cms.content;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.jiamusi.vet.i18n.Language;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The texts every type with pages has in one language: the title, the page's slug there and the
 * summary, in the same columns of each type's text table. Each type's texts extend it with their
 * own fields and say which of them the site search reads.
 */
@MappedSuperclass
public abstract class TitledText {

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "slug", nullable = false, length = 100)
    private String slug;

    @Column(name = "summary", length = 1000)
    private String summary;

    protected TitledText() {
        // for JPA
    }

    protected TitledText(String title, String slug, String summary) {
        this.title = title;
        this.slug = slug;
        this.summary = summary;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public String getSummary() {
        return summary;
    }

    /**
     * What a reader searches in each language of an item: the title, slug and summary of its texts,
     * and as the body what {@code body} makes of the rest (with {@link PublicText#plain}).
     */
    public static <T extends TitledText> Map<Language, PublicText> publicTexts(Map<Language, T> texts, Function<T, String> body) {
        Map<Language, PublicText> publicTexts = new EnumMap<>(Language.class);
        texts.forEach((language, t) -> publicTexts.put(language, new PublicText(t.getTitle(), t.getSlug(), t.getSummary(), body.apply(t))));
        return publicTexts;
    }
}
