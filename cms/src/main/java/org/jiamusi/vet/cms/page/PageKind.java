package org.jiamusi.vet.cms.page;

/** What a page is for, by which the site lists policy documents apart from the rest. */
public enum PageKind {
    /** About the site and the city's vocational education. */
    ABOUT,
    /** A policy document, such as the city's vocational education plan for 2022-2026. */
    POLICY,
    GENERAL
}
