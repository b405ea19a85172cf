package org.jiamusi.vet.seeds;

import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentType;

/** One item of seed content: its type, stable reference, whether it is sample content, and its draft. */
record SeedItem(ContentType type, String ref, boolean sample, ContentDraft draft) {
}
