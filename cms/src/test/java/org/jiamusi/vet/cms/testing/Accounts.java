package org.jiamusi.vet.cms.testing;

import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.account.NewAccount;
import org.jiamusi.vet.cms.account.Role;
import org.jiamusi.vet.i18n.Language;

import java.util.EnumSet;
import java.util.Set;

/** Account requests and actors for tests, with named constants rather than seed files. */
public final class Accounts {

    public static final String EDITOR = "wang.fang";
    public static final String EDITOR_NAME = "王芳";
    public static final String TRANSLATOR = "olga.ivanova";
    public static final String TRANSLATOR_NAME = "Ольга Иванова";
    public static final String INSTITUTION_EDITOR = "li.ming";
    public static final String INSTITUTION_EDITOR_NAME = "李明";

    /** Meets the policy: long enough, nothing else asked. */
    public static final String PASSWORD = "松花江-Sungari-2026";
    public static final String OTHER_PASSWORD = "three rivers plain at dawn";
    /** One character short of the policy. */
    public static final String SHORT_PASSWORD = "Jiamusi-202";

    public static final String ADDRESS = "10.20.30.40";

    private Accounts() {
    }

    /** The administrator acting in the back office. */
    public static Actor administrator() {
        return new Actor("admin", EnumSet.of(Role.ADMINISTRATOR), null, Set.of(), ADDRESS);
    }

    /** An editor, who may change content but not accounts. */
    public static Actor editorActor() {
        return new Actor(EDITOR, EnumSet.of(Role.EDITOR), null, Set.of(), ADDRESS);
    }

    public static NewAccount administratorAccount(String username) {
        return new NewAccount(username, username, PASSWORD, EnumSet.of(Role.ADMINISTRATOR), null, Set.of(), false);
    }

    public static NewAccount editor() {
        return new NewAccount(EDITOR, EDITOR_NAME, PASSWORD, EnumSet.of(Role.EDITOR), null, Set.of(), false);
    }

    public static NewAccount editorWithPassword(String password) {
        return new NewAccount(EDITOR, EDITOR_NAME, password, EnumSet.of(Role.EDITOR), null, Set.of(), false);
    }

    public static NewAccount translator(Set<Language> languages) {
        return new NewAccount(TRANSLATOR, TRANSLATOR_NAME, PASSWORD, EnumSet.of(Role.TRANSLATOR), null, languages, false);
    }

    public static NewAccount institutionEditor(Long institutionId) {
        return new NewAccount(INSTITUTION_EDITOR, INSTITUTION_EDITOR_NAME, PASSWORD,
                EnumSet.of(Role.INSTITUTION_EDITOR), institutionId, Set.of(), false);
    }
}
