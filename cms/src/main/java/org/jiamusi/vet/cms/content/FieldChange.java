package org.jiamusi.vet.cms.content;

import org.jiamusi.vet.i18n.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One field that differs between two revisions; {@code language} is null for a fact, and
 * {@code before} or {@code after} is null where the value was added or removed.
 */
public record FieldChange(String field, Language language, String before, String after) {

    /** Field by field, language by language: what changed from one draft to another. */
    public static List<FieldChange> between(ContentDraft from, ContentDraft to) {
        List<FieldChange> changes = new ArrayList<>();
        compare(null, from.fields(), to.fields(), changes);
        for (Language language : Language.values()) {
            compare(language, from.texts(language), to.texts(language), changes);
        }
        return changes;
    }

    private static void compare(Language language, Map<String, String> from, Map<String, String> to, List<FieldChange> changes) {
        SortedSet<String> names = new TreeSet<>(from.keySet());
        names.addAll(to.keySet());
        for (String name : names) {
            String before = from.get(name);
            String after = to.get(name);
            if (!Objects.equals(before, after)) {
                changes.add(new FieldChange(name, language, before, after));
            }
        }
    }
}
