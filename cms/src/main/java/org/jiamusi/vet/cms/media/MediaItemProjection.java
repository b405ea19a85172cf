package org.jiamusi.vet.cms.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentSchema;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.content.DraftRule;
import org.jiamusi.vet.cms.content.DraftValues;
import org.jiamusi.vet.cms.content.EntityProjection;
import org.jiamusi.vet.cms.content.FieldDef;
import org.jiamusi.vet.cms.content.FieldKind;

import java.util.List;
import java.util.Map;

/** The fields of a media item's drafts and their publication as a {@link MediaItem}. */
@ApplicationScoped
public class MediaItemProjection extends EntityProjection<MediaItem, MediaItemText> {

    public static final String FILE_NAME = "fileName";
    public static final String MEDIA_TYPE = "mediaType";
    public static final String BYTE_SIZE = "byteSize";
    public static final String WIDTH = "width";
    public static final String HEIGHT = "height";
    public static final String STORAGE_KEY = "storageKey";
    public static final String CAPTION = "caption";
    public static final String ALT_TEXT = "altText";

    public static final ContentSchema SCHEMA = new ContentSchema(ContentType.MEDIA_ITEM, List.of(
            // 255: what file systems allow for a name, and what RFC 6838 allows for type/subtype
            FieldDef.fact(FILE_NAME, FieldKind.TEXT, 255).asRequired(),
            FieldDef.fact(MEDIA_TYPE, FieldKind.TEXT, 255).asRequired(),
            // twelve digits: beyond any upload, and always within the BIGINT column
            FieldDef.fact(BYTE_SIZE, FieldKind.INTEGER, 12),
            // five digits: beyond any image the site shows, and always within the INTEGER column
            FieldDef.fact(WIDTH, FieldKind.INTEGER, 5),
            FieldDef.fact(HEIGHT, FieldKind.INTEGER, 5),
            FieldDef.fact(STORAGE_KEY, FieldKind.TEXT, 300),
            FieldDef.text(CAPTION, 300),
            FieldDef.text(ALT_TEXT, 300)),
            List.of(DraftRule.atLeast(BYTE_SIZE, 1), DraftRule.atLeast(WIDTH, 1), DraftRule.atLeast(HEIGHT, 1)));

    public MediaItemProjection() {
        super(SCHEMA, MediaItem.class, MediaItem::new, MediaItemProjection::text);
    }

    @Override
    protected void writeFacts(EntityManager em, MediaItem media, ContentDraft draft) {
        media.setFile(draft.field(FILE_NAME), draft.field(MEDIA_TYPE), DraftValues.longInteger(draft, BYTE_SIZE),
                draft.field(STORAGE_KEY));
        media.setDimensions(DraftValues.integer(draft, WIDTH), DraftValues.integer(draft, HEIGHT));
    }

    private static MediaItemText text(Map<String, String> values, String slug) {
        return new MediaItemText(values.get(CAPTION), values.get(ALT_TEXT));
    }
}
