package org.jiamusi.vet.cms.content;

import org.jiamusi.vet.i18n.Language;

import java.util.Map;

/**
 * A published item of any type with pages, read as the site search sees every type alike: its id,
 * its type and its searchable texts by language; the page of its type reads the rest from its service.
 */
public record PublicEntry(long id, ContentType type, Map<Language, PublicText> texts) implements Translated<PublicText> {

    public static PublicEntry of(PublicItem item) {
        return new PublicEntry(item.getId(), item.contentType(), Map.copyOf(item.publicTexts()));
    }
}
