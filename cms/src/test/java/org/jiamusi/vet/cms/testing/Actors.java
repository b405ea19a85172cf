package org.jiamusi.vet.cms.testing;

import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.account.Role;
import org.jiamusi.vet.i18n.Language;

import java.util.Set;

/** The people of the back office, for tests. */
public final class Actors {

    public static final String ADDRESS = "192.0.2.10";

    private Actors() {
    }

    public static Actor editor() {
        return new Actor("li.editor", Set.of(Role.EDITOR), null, Set.of(), ADDRESS);
    }

    public static Actor reviewer() {
        return new Actor("wang.reviewer", Set.of(Role.REVIEWER), null, Set.of(), ADDRESS);
    }

    public static Actor russianTranslator() {
        return new Actor("ivanova.translator", Set.of(Role.TRANSLATOR), null, Set.of(Language.RU), ADDRESS);
    }

    public static Actor institutionEditor(long institutionId) {
        return new Actor("zhao.school" + institutionId, Set.of(Role.INSTITUTION_EDITOR), institutionId, Set.of(), ADDRESS);
    }
}
