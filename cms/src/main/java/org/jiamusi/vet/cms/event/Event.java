package org.jiamusi.vet.cms.event;

import org.jiamusi.vet.cms.content.ProjectionEntity;
import org.jiamusi.vet.cms.content.PublicText;
import org.jiamusi.vet.cms.content.TitledText;
import org.jiamusi.vet.cms.content.PublicItem;
import org.jiamusi.vet.cms.content.ContentType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import org.jiamusi.vet.i18n.Language;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;

/**
 * A published event: a day or a span of days, optionally with hours, a host institution and a
 * registration link. It shares its content item's id and is written only by {@link EventProjection};
 * the host institution is kept as a content item's id.
 */
@Entity
@Table(name = "event")
public class Event extends ProjectionEntity<EventText> implements PublicItem {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private EventKind kind;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    /** The last day of an event of several days; null for a one-day event. */
    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "end_time")
    private LocalTime endTime;

    @Column(name = "institution_id")
    private Long institutionId;

    @Column(name = "registration_required", nullable = false)
    private boolean registrationRequired;

    @Column(name = "registration_url", length = 500)
    private String registrationUrl;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_text", joinColumns = @JoinColumn(name = "event_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "lang", length = 2)
    private Map<Language, EventText> texts = new EnumMap<>(Language.class);

    protected Event() {
        // for JPA
    }

    Event(Long id) {
        super(id);
    }

    public EventKind getKind() {
        return kind;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    /** The content item id of the host institution, if any. */
    public Long getInstitutionId() {
        return institutionId;
    }

    public boolean isRegistrationRequired() {
        return registrationRequired;
    }

    public String getRegistrationUrl() {
        return registrationUrl;
    }

    @Override
    protected Map<Language, EventText> texts() {
        return texts;
    }

    void setKind(EventKind kind) {
        this.kind = kind;
    }

    void setSchedule(LocalDate startDate, LocalDate endDate, LocalTime startTime, LocalTime endTime) {
        this.startDate = startDate;
        this.endDate = endDate;
        this.startTime = startTime;
        this.endTime = endTime;
    }

    void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    void setRegistration(boolean required, String url) {
        this.registrationRequired = required;
        this.registrationUrl = url;
    }

    @Override
    public ContentType contentType() {
        return ContentType.EVENT;
    }

    @Override
    public Map<Language, PublicText> publicTexts() {
        return TitledText.publicTexts(texts, t -> PublicText.plain(t.getDescription(), t.getVenue()));
    }
}
