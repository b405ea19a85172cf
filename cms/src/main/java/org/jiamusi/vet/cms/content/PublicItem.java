package org.jiamusi.vet.cms.content;

import org.jiamusi.vet.i18n.Language;

import java.util.Map;

/**
 * A published item with pages of its own, as the site search and the public lists see every such
 * type alike: its id, its type and its texts in each language it has.
 */
public interface PublicItem {

    Long getId();

    ContentType contentType();

    Map<Language, PublicText> publicTexts();

    /** Promoted by the editors: ranks first among equally good search results. */
    default boolean featured() {
        return false;
    }
}
