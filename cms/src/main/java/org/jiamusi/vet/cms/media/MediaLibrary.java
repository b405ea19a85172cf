package org.jiamusi.vet.cms.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.account.Role;
import org.jiamusi.vet.cms.audit.AuditLog;
import org.jiamusi.vet.cms.account.AccessDeniedException;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentItem;
import org.jiamusi.vet.cms.content.ContentLists;
import org.jiamusi.vet.cms.content.ContentRevision;
import org.jiamusi.vet.cms.content.ContentSchema;
import org.jiamusi.vet.cms.content.ContentService;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.content.DraftValues;
import org.jiamusi.vet.cms.content.FieldDef;
import org.jiamusi.vet.cms.content.FieldKind;
import org.jiamusi.vet.i18n.Language;

import java.text.Normalizer;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The media library: uploads checked by their content, thumbnails, alternative texts, where each
 * item is used, and deletion of what nothing uses.
 * <p>
 * A media item is a content item like any other (revisions, workflow, audit); its file is kept by
 * {@link MediaStorage} under a key the library makes, never under the uploaded name. An upload is
 * refused, storing nothing, when its bytes are not a JPEG, PNG, GIF, WebP or PDF whatever its name
 * says, when it is larger than {@link #MAX_BYTES}, when an image is larger than
 * {@link #MAX_SIDE} pixels a side or {@link #MAX_PIXELS} in all or cannot be read, when a PDF
 * cannot be read or carries JavaScript, launch actions or embedded files ({@link PdfFiles}), when
 * what would be served holds HTML or script ({@link HiddenMarkup}), and when an image lacks its
 * alternative text in any of the three languages: a screen reader has to say something in every
 * language of the site. An image is stored as {@link ImageFiles} wrote it afresh, not as uploaded:
 * that is the file the browser gets.
 */
@ApplicationScoped
@Transactional
public class MediaLibrary {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_SIDE = 8000;
    /**
     * Width times height, read from the header before decoding: an 8000 × 8000 image would take 256 MB
     * decoded on a 512 MB heap; 25 million pixels (a 24-megapixel camera's 6000 × 4000) take 100 MB.
     */
    public static final long MAX_PIXELS = 25_000_000L;
    private static final Pattern MEDIA_LINK = Pattern.compile("/media/(\\d+)(?:[/\"'?#]|$)");

    @PersistenceContext
    private EntityManager em;

    @Inject
    ContentService content;

    @Inject
    MediaStorage storage;

    @Inject
    AuditLog audit;

    @Inject
    ContentLists lists;

    private Clock clock = Clock.systemUTC();

    protected MediaLibrary() {
        // for CDI
    }

    /** For callers outside a container, which bring their own entity manager, transaction and clock. */
    public MediaLibrary(EntityManager em, ContentService content, MediaStorage storage, AuditLog audit, Clock clock) {
        this.em = em;
        this.lists = new ContentLists(em);
        this.content = content;
        this.storage = storage;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks and stores an upload as a new media item in draft, with its thumbnail. */
    public ContentItem upload(Actor actor, MediaUpload upload) {
        byte[] bytes = upload.content();
        if (bytes == null || bytes.length == 0) {
            throw new MediaRejectedException("media.upload.empty", Map.of());
        }
        if (bytes.length > MAX_BYTES) {
            throw new MediaRejectedException("media.upload.tooLarge", Map.of("max", MAX_BYTES / (1024 * 1024)));
        }
        MediaFormat format = MediaFormat.detect(bytes)
                .orElseThrow(() -> new MediaRejectedException("media.upload.typeRefused", Map.of("name", displayName(upload.fileName()))));
        byte[] stored = bytes;
        ImageFiles.Clean image = null;
        if (format.isImage()) {
            image = ImageFiles.clean(bytes, format);
            requireAltTexts(upload.altTexts());
            stored = image.content();
        } else {
            PdfFiles.check(bytes);
        }
        if (HiddenMarkup.in(stored)) {
            throw new MediaRejectedException("media.upload.hiddenMarkup", Map.of("name", displayName(upload.fileName())));
        }
        ZonedDateTime now = ZonedDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String key = String.format("%04d/%02d/%s.%s", now.getYear(), now.getMonthValue(), UUID.randomUUID(), format.extension());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(MediaItemProjection.FILE_NAME, storedName(upload.fileName(), format));
        fields.put(MediaItemProjection.MEDIA_TYPE, format.mediaType());
        fields.put(MediaItemProjection.BYTE_SIZE, Long.toString(stored.length));
        fields.put(MediaItemProjection.STORAGE_KEY, key);
        if (image != null) {
            fields.put(MediaItemProjection.WIDTH, Integer.toString(image.width()));
            fields.put(MediaItemProjection.HEIGHT, Integer.toString(image.height()));
        }
        ContentItem item = content.create(actor, ContentType.MEDIA_ITEM, null, upload.institutionId(), false,
                new ContentDraft(fields, texts(upload.altTexts(), upload.captions())), "upload " + fields.get(MediaItemProjection.FILE_NAME));
        storage.write(key, stored);
        if (image != null) {
            storage.write(MediaStorage.thumbnailKey(key, ImageFiles.thumbnailExtension(format)), image.thumbnail());
        }
        return item;
    }

    /** Replaces the alternative texts and captions of a media item, as a new revision. */
    public ContentItem updateTexts(Actor actor, long id, int editedRevision, Map<Language, String> altTexts, Map<Language, String> captions) {
        ContentDraft working = content.workingCopy(id);
        if (Objects.toString(working.field(MediaItemProjection.MEDIA_TYPE), "").startsWith("image/")) {
            requireAltTexts(altTexts);
        }
        ContentDraft changed = new ContentDraft(working.fields(), texts(altTexts, captions));
        return content.save(actor, id, editedRevision, changed, "alternative texts and captions");
    }

    /**
     * One page of the library as the actor may see it, the latest first: an institution editor sees
     * their institution's files and those already on the public site.
     */
    public List<MediaSummary> list(Actor actor, int first, int max) {
        TypedQuery<ContentItem> query = em.createQuery("select i from ContentItem i where i.type = :media" + visibleTo(actor)
                + " order by i.updatedAt desc, i.id desc", ContentItem.class);
        List<ContentItem> items = bindVisible(query, actor)
                .setParameter("media", ContentType.MEDIA_ITEM)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, max))
                .getResultList();
        if (items.isEmpty()) {
            return List.of();
        }
        Map<Long, ContentDraft> drafts = lists.workingCopies(items.stream().map(ContentItem::getId).toList());
        return items.stream().map(i -> summary(i, drafts.get(i.getId()))).toList();
    }

    /** How many files {@link #list} shows the actor in all. */
    public long count(Actor actor) {
        return bindVisible(em.createQuery("select count(i) from ContentItem i where i.type = :media" + visibleTo(actor), Long.class), actor)
                .setParameter("media", ContentType.MEDIA_ITEM)
                .getSingleResult();
    }

    /** One file of the library, if it exists and the actor may open it. */
    public Optional<MediaSummary> find(Actor actor, long id) {
        return content.find(id).filter(i -> i.getType() == ContentType.MEDIA_ITEM)
                .filter(i -> i.isLive() || ContentLists.mayOpen(actor, i))
                .map(i -> summary(i, content.workingCopy(id)));
    }

    private static String visibleTo(Actor actor) {
        return ContentLists.onlyOwnInstitution(actor) ? " and (i.institutionId = :own or i.publishedRevision is not null)" : "";
    }

    private static <T> TypedQuery<T> bindVisible(TypedQuery<T> query, Actor actor) {
        return ContentLists.onlyOwnInstitution(actor) ? query.setParameter("own", actor.institutionId()) : query;
    }

    /**
     * Every item whose working copy or published revision uses the media item: a media reference
     * field that holds its id, or a link to {@code /media/<id>} in a text. The database narrows the
     * revisions to those that mention the id at all; each is then read to be sure.
     */
    public List<MediaUsage> usages(long mediaId) {
        List<MediaUsage> usages = new ArrayList<>();
        List<Object[]> rows = em.createQuery("""
                        select i, r from ContentItem i, ContentRevision r
                        where r.itemId = i.id and i.type <> :media
                          and (r.number = i.currentRevision or r.number = i.publishedRevision)
                          and r.data like :mention
                        order by i.id, r.number""", Object[].class)
                .setParameter("media", ContentType.MEDIA_ITEM)
                .setParameter("mention", "%" + mediaId + "%")
                .getResultList();
        for (Object[] row : rows) {
            ContentItem item = (ContentItem) row[0];
            ContentDraft draft = ((ContentRevision) row[1]).draft();
            for (String field : fieldsUsing(content.schema(item.getType()), draft, mediaId)) {
                boolean known = usages.stream().anyMatch(u -> u.itemId() == item.getId() && u.field().equals(field));
                if (!known) {
                    usages.add(new MediaUsage(item.getId(), item.getType(), item.getRef(), title(draft, item), field));
                }
            }
        }
        return usages;
    }

    /**
     * Deletes a media item that nothing uses: its rows and its files. One in use is refused with
     * {@code media.delete.inUse}; the audit log keeps the deletion.
     */
    public void delete(Actor actor, long id) {
        ContentItem item = content.find(id).filter(i -> i.getType() == ContentType.MEDIA_ITEM)
                .orElseThrow(() -> new MediaRejectedException("media.notFound", Map.of()));
        if (!actor.hasAny(Role.ADMINISTRATOR, Role.EDITOR)
                && !(actor.has(Role.INSTITUTION_EDITOR) && Objects.equals(actor.institutionId(), item.getInstitutionId()))) {
            throw new AccessDeniedException("content.denied.source", actor.username());
        }
        List<MediaUsage> usages = usages(id);
        if (!usages.isEmpty()) {
            throw new MediaRejectedException("media.delete.inUse", Map.of("count", usages.size()));
        }
        ContentDraft working = content.workingCopy(id);
        List<String> keys = new ArrayList<>();
        em.createQuery("select r from ContentRevision r where r.itemId = :id", ContentRevision.class)
                .setParameter("id", id)
                .getResultStream()
                .map(r -> r.draft().field(MediaItemProjection.STORAGE_KEY))
                .filter(MediaStorage::isKey)
                .distinct()
                .forEach(keys::add);
        MediaItem published = em.find(MediaItem.class, id);
        if (published != null) {
            em.remove(published);
            em.flush();
        }
        for (String entity : List.of("ContentRevision", "ContentSlug", "PublicationEvent")) {
            em.createQuery("delete from " + entity + " e where e.itemId = :id").setParameter("id", id).executeUpdate();
        }
        em.createQuery("delete from TranslationRecord t where t.key.itemId = :id").setParameter("id", id).executeUpdate();
        em.createQuery("delete from ContentItem i where i.id = :id").setParameter("id", id).executeUpdate();
        audit.record(actor, "media.delete", ContentType.MEDIA_ITEM.code(), id, working.field(MediaItemProjection.FILE_NAME));
        em.flush();
        for (String key : keys) {
            storage.delete(key);
            for (MediaFormat format : MediaFormat.values()) {
                String thumb = MediaStorage.thumbnailKey(key, ImageFiles.thumbnailExtension(format));
                if (storage.exists(thumb)) {
                    storage.delete(thumb);
                }
            }
        }
    }

    /** The published media item, as the public site serves it. */
    public Optional<PublishedMedia> published(long id) {
        return Optional.ofNullable(em.find(MediaItem.class, id)).map(PublishedMedia::of);
    }

    /** The thumbnail's storage key of a working copy, when one was made. */
    public String thumbnailKey(ContentDraft draft) {
        String key = draft.field(MediaItemProjection.STORAGE_KEY);
        if (!MediaStorage.isKey(key)) {
            return null;
        }
        String media = Objects.toString(draft.field(MediaItemProjection.MEDIA_TYPE), "");
        String thumb = MediaStorage.thumbnailKey(key, media.equals(MediaFormat.JPEG.mediaType()) ? "jpg" : "png");
        return storage.exists(thumb) ? thumb : null;
    }

    // ---------------------------------------------------------------- internals

    private MediaSummary summary(ContentItem item, ContentDraft draft) {
        ContentDraft d = draft == null ? ContentDraft.empty() : draft;
        Map<Language, String> alt = new EnumMap<>(Language.class);
        Map<Language, String> captions = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            if (d.text(language, MediaItemProjection.ALT_TEXT) != null) {
                alt.put(language, d.text(language, MediaItemProjection.ALT_TEXT));
            }
            if (d.text(language, MediaItemProjection.CAPTION) != null) {
                captions.put(language, d.text(language, MediaItemProjection.CAPTION));
            }
        }
        return new MediaSummary(item.getId(), d.field(MediaItemProjection.FILE_NAME), d.field(MediaItemProjection.MEDIA_TYPE),
                DraftValues.longInteger(d, MediaItemProjection.BYTE_SIZE), DraftValues.integer(d, MediaItemProjection.WIDTH),
                DraftValues.integer(d, MediaItemProjection.HEIGHT), d.field(MediaItemProjection.STORAGE_KEY), thumbnailKey(d),
                alt, captions, item.getStatus(), item.getCurrentRevision(), item.isLive(), item.getUpdatedAt());
    }

    private static List<String> fieldsUsing(ContentSchema schema, ContentDraft draft, long mediaId) {
        List<String> fields = new ArrayList<>();
        for (FieldDef field : schema.fields()) {
            if (!field.translatable() && field.references() == ContentType.MEDIA_ITEM
                    && (field.kind() == FieldKind.REFERENCE || field.kind() == FieldKind.REFERENCES)) {
                String value = draft.field(field.name());
                if (value != null && List.of(value.split(",")).stream().map(String::strip).anyMatch(Long.toString(mediaId)::equals)) {
                    fields.add(field.name());
                }
            } else if (field.translatable()) {
                for (Language language : Language.values()) {
                    String text = draft.text(language, field.name());
                    if (text != null && links(text, mediaId) && !fields.contains(field.name())) {
                        fields.add(field.name());
                    }
                }
            }
        }
        return fields;
    }

    private static boolean links(String text, long mediaId) {
        var matcher = MEDIA_LINK.matcher(text);
        while (matcher.find()) {
            if (matcher.group(1).equals(Long.toString(mediaId))) {
                return true;
            }
        }
        return false;
    }

    private static String title(ContentDraft draft, ContentItem item) {
        String title = draft.text(Language.SOURCE, ContentSchema.TITLE);
        return title == null ? item.getRef() : title;
    }

    private static void requireAltTexts(Map<Language, String> altTexts) {
        List<String> missing = new ArrayList<>();
        for (Language language : Language.values()) {
            String alt = altTexts == null ? null : altTexts.get(language);
            if (alt == null || alt.isBlank()) {
                missing.add(language.code());
            }
        }
        if (!missing.isEmpty()) {
            throw new MediaRejectedException("media.altText.required", Map.of("languages", String.join(", ", missing)));
        }
    }

    private static Map<Language, Map<String, String>> texts(Map<Language, String> altTexts, Map<Language, String> captions) {
        Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Map<String, String> values = new LinkedHashMap<>();
            put(values, MediaItemProjection.ALT_TEXT, altTexts == null ? null : altTexts.get(language));
            put(values, MediaItemProjection.CAPTION, captions == null ? null : captions.get(language));
            if (!values.isEmpty()) {
                texts.put(language, values);
            }
        }
        return texts;
    }

    private static void put(Map<String, String> values, String name, String value) {
        if (value != null && !value.isBlank()) {
            values.put(name, value.strip());
        }
    }

    /** The uploaded name without any folder, control characters or a misleading extension: the real one is appended. */
    static String storedName(String uploaded, MediaFormat format) {
        String name = uploaded == null ? "" : Normalizer.normalize(uploaded, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
        int dot = name.lastIndexOf('.');
        String base = dot >= 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) {
            base = "file";
        }
        if (base.length() > 200) {
            base = base.substring(0, 200);
        }
        return base + "." + format.extension();
    }

    private static String displayName(String uploaded) {
        String name = uploaded == null ? "" : uploaded.replaceAll("\\p{Cntrl}", "");
        return name.length() > 80 ? name.substring(0, 80) + "…" : name;
    }
}
