package org.jiamusi.vet.cms.testing;

import static org.jiamusi.vet.cms.media.MediaItemProjection.ALT_TEXT;
import static org.jiamusi.vet.cms.media.MediaItemProjection.BYTE_SIZE;
import static org.jiamusi.vet.cms.media.MediaItemProjection.CAPTION;
import static org.jiamusi.vet.cms.media.MediaItemProjection.FILE_NAME;
import static org.jiamusi.vet.cms.media.MediaItemProjection.HEIGHT;
import static org.jiamusi.vet.cms.media.MediaItemProjection.MEDIA_TYPE;
import static org.jiamusi.vet.cms.media.MediaItemProjection.STORAGE_KEY;
import static org.jiamusi.vet.cms.media.MediaItemProjection.WIDTH;

/** Media drafts for tests: a photograph of the open day. */
public final class MediaItems {

    public static final String REF = "open-day-dental-workshop-photo";
    public static final String FILE_NAME_VALUE = "kaifangri-kouqiang-shixunshi.jpg";
    public static final String MEDIA_TYPE_VALUE = "image/jpeg";
    public static final long BYTE_SIZE_VALUE = 482_133L;
    public static final int WIDTH_VALUE = 1600;
    public static final int HEIGHT_VALUE = 900;
    public static final String STORAGE_KEY_VALUE = "media/2026/05/3f2a9c1e-kaifangri.jpg";
    public static final String ALT_TEXT_ZH = "初中生在口腔修复实训室里观察石膏牙齿模型";

    private MediaItems() {
    }

    public static DraftBuilder openDayPhoto() {
        return DraftBuilder.draft()
                .field(FILE_NAME, FILE_NAME_VALUE)
                .field(MEDIA_TYPE, MEDIA_TYPE_VALUE)
                .field(BYTE_SIZE, BYTE_SIZE_VALUE)
                .field(WIDTH, WIDTH_VALUE)
                .field(HEIGHT, HEIGHT_VALUE)
                .field(STORAGE_KEY, STORAGE_KEY_VALUE)
                .text(CAPTION, "校园开放日：口腔修复实训室",
                        "День открытых дверей: мастерская зубного протезирования", "Open day: the dental prosthetics workshop")
                .text(ALT_TEXT, ALT_TEXT_ZH,
                        "Школьники рассматривают гипсовые модели зубов в мастерской зубного протезирования",
                        "Middle-school pupils looking at plaster models of teeth in the dental prosthetics workshop");
    }
}
