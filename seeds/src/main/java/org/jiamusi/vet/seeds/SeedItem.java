package org.jiamusi.vet.seeds;

import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.i18n.Language;

import java.util.List;
import java.util.Map;

/**
 * One item of seed content as its file gives it, before references are resolved: values such as
 * {@code @institution:jiamusi-vocational-institute} name other seed items, and dates such as
 * {@code +21} count days from the day the seeds are loaded.
 *
 * @param owner    the reference ({@code institution:<ref>}) of the institution the item belongs to, or null
 * @param sessions the sessions of a career-experience course, each with its own fields and texts
 */
record SeedItem(ContentType type, String ref, boolean sample, String owner, Map<String, String> fields,
                Map<Language, Map<String, String>> texts, List<SeedItem> sessions) {
}
