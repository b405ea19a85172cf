package org.jiamusi.vet.cms.account;

/** What a back-office user may do; a user may hold several roles. */
public enum Role {
    /** Everything, including accounts and reindexing. */
    ADMINISTRATOR,
    /** Writes and changes content of every institution, in every language. */
    EDITOR,
    /** Writes and changes the content of one institution only. */
    INSTITUTION_EDITOR,
    /** Writes the translations of their languages, never the Chinese source or the facts. */
    TRANSLATOR,
    /** Publishes, schedules and archives content. */
    REVIEWER
}
