package org.jiamusi.vet.cms.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jiamusi.vet.i18n.Language;

import java.util.Objects;

/** A slug a programme no longer uses in one language; links to it are redirected. */
@Embeddable
public class OldSlug {

    @Enumerated(EnumType.STRING)
    @Column(name = "lang", nullable = false, length = 2)
    private Language language;

    @Column(name = "slug", nullable = false, length = 100)
    private String slug;

    protected OldSlug() {
        // for JPA
    }

    OldSlug(Language language, String slug) {
        this.language = language;
        this.slug = slug;
    }

    public Language getLanguage() {
        return language;
    }

    public String getSlug() {
        return slug;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OldSlug o && o.language == language && o.slug.equals(slug);
    }

    @Override
    public int hashCode() {
        return Objects.hash(language, slug);
    }
}
