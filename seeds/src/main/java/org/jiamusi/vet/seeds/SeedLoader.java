package org.jiamusi.vet.seeds;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentItem;
import org.jiamusi.vet.cms.content.ContentService;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.content.FieldDef;
import org.jiamusi.vet.cms.content.FieldKind;
import org.jiamusi.vet.i18n.Formats;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Loads the seed content on every start, after the schema migrations, through the content service:
 * validation, revisions, slugs, the audit log and publishing run as for an editor's content.
 * Idempotent: an item whose reference is already there is left as it is, so a restart adds nothing
 * and an editor's later changes survive.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class.getName());
    private static final String COMMENT = "Seed content";

    @Inject
    ContentService content;

    protected SeedLoader() {
        // for CDI
    }

    /** For callers outside a container, which bring their own content service and transaction. */
    public SeedLoader(ContentService content) {
        this.content = content;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class) Object event) {
        long started = System.nanoTime();
        int added = load();
        LOG.info(() -> "Seed content: " + added + " items added in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /** Adds and publishes the seed items not yet in the database, and says how many it added. */
    public int load() {
        return load(false);
    }

    /**
     * Also brings every seed item whose working copy differs from its file back to the file, as a new
     * revision that is published at once; an editor's history stays in the revisions.
     */
    public int reimport() {
        return load(true);
    }

    private int load(boolean update) {
        LocalDate today = LocalDate.now(Formats.CITY_ZONE);
        int changed = 0;
        for (SeedItem seed : SeedCatalogue.all()) {
            Optional<ContentItem> existing = content.findByRef(seed.type(), seed.ref());
            long id = existing.map(ContentItem::getId).orElse(-1L);
            if (existing.isEmpty() || update) {
                Put put = put(seed, existing, null, today);
                id = put.id();
                changed += put.changed() ? 1 : 0;
            }
            for (SeedItem session : seed.sessions()) {
                Optional<ContentItem> existingSession = content.findByRef(session.type(), session.ref());
                if (existingSession.isEmpty() || update) {
                    changed += put(session, existingSession, id, today).changed() ? 1 : 0;
                }
            }
        }
        return changed;
    }

    /** What putting a seed item did: the item's id, and whether it was added or changed. */
    private record Put(long id, boolean changed) {
    }

    /** Creates the item, or brings an existing one back to its file. */
    private Put put(SeedItem seed, Optional<ContentItem> existing, Long course, LocalDate today) {
        Map<String, String> fields = new LinkedHashMap<>();
        seed.fields().forEach((name, value) -> fields.put(name, resolve(seed.type(), name, value, today)));
        if (course != null) {
            fields.put("course", course.toString());
        }
        ContentDraft draft = new ContentDraft(fields, seed.texts());
        Actor system = Actor.system();
        if (existing.isPresent()) {
            ContentItem item = existing.get();
            if (content.asStored(seed.type(), draft).equals(content.workingCopy(item.getId()))) {
                return new Put(item.getId(), false);
            }
            content.save(system, item.getId(), item.getCurrentRevision(), draft, COMMENT + " re-imported");
            content.publish(system, item.getId());
            return new Put(item.getId(), true);
        }
        Long owner = seed.owner() == null ? null : idOf(seed.owner(), seed);
        ContentItem item = content.create(system, seed.type(), seed.ref(), owner, seed.sample(), draft, COMMENT);
        content.publish(system, item.getId());
        return new Put(item.getId(), true);
    }

    /** Turns {@code @type:ref} into the item's id and {@code +N} dates into the date N days from today. */
    private String resolve(ContentType type, String name, String value, LocalDate today) {
        FieldKind kind = content.schema(type).field(name).map(FieldDef::kind).orElse(FieldKind.TEXT);
        if (kind == FieldKind.DATE && value.matches("\\+\\d+")) {
            return today.plusDays(Long.parseLong(value.substring(1))).toString();
        }
        if (kind == FieldKind.REFERENCE || kind == FieldKind.REFERENCES) {
            return Arrays.stream(value.split(","))
                    .map(String::strip)
                    .map(reference -> Long.toString(idOf(reference.substring(1), null)))
                    .collect(Collectors.joining(","));
        }
        return value;
    }

    /** The id of the item a reference {@code type-code:ref} names; it must be loaded already. */
    private long idOf(String reference, SeedItem from) {
        String[] parts = reference.split(":", 2);
        ContentType type = ContentType.ofCode(parts[0])
                .orElseThrow(() -> new IllegalStateException("Unknown content type in seed reference " + reference));
        return content.findByRef(type, parts[1])
                .orElseThrow(() -> new IllegalStateException("Seed reference " + reference + " names nothing loaded before it"
                        + (from == null ? "" : " (in " + from.type().code() + "/" + from.ref() + ")")))
                .getId();
    }
}
