package org.jiamusi.vet.web.site;

/** A link to an item under its title in the reader's language; {@code lang} is set when the title is in another. */
public record TextLink(String title, String url, String lang) {
}
