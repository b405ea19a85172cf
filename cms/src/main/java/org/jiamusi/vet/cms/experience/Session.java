package org.jiamusi.vet.cms.experience;

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

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;

/**
 * A published session of a career-experience course: one date and time with a number of seats that
 * families book. It shares its content item's id and its facts are written only by
 * {@link SessionProjection}; the seats booked are not content and belong to the bookings, which
 * change the column directly, so publishing never writes it and a republished session keeps its
 * bookings. The database refuses a capacity below the seats booked, whoever writes either.
 */
@Entity
@Table(name = "experience_session")
public class Session extends ProjectionEntity<SessionText> {

    @Column(name = "course_id", nullable = false)
    private Long courseId;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    @Column(name = "capacity", nullable = false)
    private Integer capacity;

    @Column(name = "seats_booked", insertable = false, updatable = false)
    private int seatsBooked;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "experience_session_text", joinColumns = @JoinColumn(name = "session_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "lang", length = 2)
    private Map<Language, SessionText> texts = new EnumMap<>(Language.class);

    protected Session() {
        // for JPA
    }

    Session(Long id) {
        super(id);
    }

    /** The content item id of the course this is a session of. */
    public Long getCourseId() {
        return courseId;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public Integer getCapacity() {
        return capacity;
    }

    /** Seats taken by bookings when the session was read. */
    public int getSeatsBooked() {
        return seatsBooked;
    }

    @Override
    protected Map<Language, SessionText> texts() {
        return texts;
    }

    void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    void setSchedule(LocalDate date, LocalTime startTime, LocalTime endTime) {
        this.date = date;
        this.startTime = startTime;
        this.endTime = endTime;
    }

    void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }
}
