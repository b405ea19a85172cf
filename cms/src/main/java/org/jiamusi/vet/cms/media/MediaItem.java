package org.jiamusi.vet.cms.media;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import org.jiamusi.vet.cms.content.ProjectionEntity;
import org.jiamusi.vet.i18n.Language;

import java.util.EnumMap;
import java.util.Map;

/**
 * A published image or document: what the file is and where the storage keeps it, with a caption
 * and alternative text per language. It shares its content item's id and is written only by
 * {@link MediaItemProjection}; the file itself is not in the database.
 */
@Entity
@Table(name = "media_item")
public class MediaItem extends ProjectionEntity<MediaItemText> {

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 255)
    private String mediaType;

    @Column(name = "byte_size")
    private Long byteSize;

    @Column(name = "width")
    private Integer width;

    @Column(name = "height")
    private Integer height;

    @Column(name = "storage_key", length = 300)
    private String storageKey;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "media_item_text", joinColumns = @JoinColumn(name = "media_item_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "lang", length = 2)
    private Map<Language, MediaItemText> texts = new EnumMap<>(Language.class);

    protected MediaItem() {
        // for JPA
    }

    MediaItem(Long id) {
        super(id);
    }

    /** The name the file was uploaded under, offered when it is downloaded. */
    public String getFileName() {
        return fileName;
    }

    /** The file's media type, such as image/jpeg or application/pdf. */
    public String getMediaType() {
        return mediaType;
    }

    public Long getByteSize() {
        return byteSize;
    }

    /** In pixels, for images. */
    public Integer getWidth() {
        return width;
    }

    /** In pixels, for images. */
    public Integer getHeight() {
        return height;
    }

    /** Where the file storage keeps the file. */
    public String getStorageKey() {
        return storageKey;
    }

    @Override
    protected Map<Language, MediaItemText> texts() {
        return texts;
    }

    void setFile(String fileName, String mediaType, Long byteSize, String storageKey) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.byteSize = byteSize;
        this.storageKey = storageKey;
    }

    void setDimensions(Integer width, Integer height) {
        this.width = width;
        this.height = height;
    }
}
