package org.jiamusi.vet.cms.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * The editorial record of one content item of any type: where it stands in the workflow, which
 * revision is being worked on and which one the public sees, when it is scheduled, and whose it is.
 * The content itself is in its revisions; the public entity of its type (its projection) holds the
 * published revision and shares this id.
 */
@Entity
@Table(name = "content_item")
public class ContentItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_item_seq")
    @SequenceGenerator(name = "content_item_seq", sequenceName = "content_item_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 30)
    private ContentType type;

    /** A stable reference, unique within the type, by which seed files and imports find the item. */
    @Column(name = "ref", nullable = false, length = 100)
    private String ref;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private WorkflowStatus status = WorkflowStatus.DRAFT;

    /** The institution the item belongs to (its own id for an institution); institution editors are limited to it. */
    @Column(name = "institution_id")
    private Long institutionId;

    /** The revision being worked on: the latest one. */
    @Column(name = "current_revision", nullable = false)
    private int currentRevision;

    /** The revision the public sees; null while the item is not on the public site. */
    @Column(name = "published_revision")
    private Integer publishedRevision;

    /** The latest revision that changed a translatable field of the Chinese source. */
    @Column(name = "source_revision", nullable = false)
    private int sourceRevision;

    @Column(name = "publish_at")
    private Instant publishAt;

    @Column(name = "unpublish_at")
    private Instant unpublishAt;

    /** Content written for the site rather than taken from the plan; the back office marks it. */
    @Column(name = "sample", nullable = false)
    private boolean sample;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    protected ContentItem() {
        // for JPA
    }

    ContentItem(ContentType type, String ref, Long institutionId, boolean sample, Instant now, String author) {
        this.type = type;
        this.ref = ref;
        this.institutionId = institutionId;
        this.sample = sample;
        this.createdAt = now;
        this.createdBy = author;
        this.updatedAt = now;
        this.updatedBy = author;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public ContentType getType() {
        return type;
    }

    public String getRef() {
        return ref;
    }

    public WorkflowStatus getStatus() {
        return status;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public int getCurrentRevision() {
        return currentRevision;
    }

    public Integer getPublishedRevision() {
        return publishedRevision;
    }

    /** Whether the public site shows the item. */
    public boolean isLive() {
        return publishedRevision != null;
    }

    /** Whether the working copy holds changes the public does not see yet. */
    public boolean hasPendingChanges() {
        return publishedRevision != null && publishedRevision != currentRevision;
    }

    public int getSourceRevision() {
        return sourceRevision;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public Instant getUnpublishAt() {
        return unpublishAt;
    }

    public boolean isSample() {
        return sample;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    void setStatus(WorkflowStatus status) {
        this.status = status;
    }

    void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    void setCurrentRevision(int currentRevision) {
        this.currentRevision = currentRevision;
    }

    void setPublishedRevision(Integer publishedRevision) {
        this.publishedRevision = publishedRevision;
    }

    void setSourceRevision(int sourceRevision) {
        this.sourceRevision = sourceRevision;
    }

    void setSchedule(Instant publishAt, Instant unpublishAt) {
        this.publishAt = publishAt;
        this.unpublishAt = unpublishAt;
    }

    void touched(Instant now, String author) {
        this.updatedAt = now;
        this.updatedBy = author;
    }
}
