package org.jiamusi.vet.cms.content;

import jakarta.persistence.EntityManager;
import org.jiamusi.vet.cms.cooperation.CooperationKind;
import org.jiamusi.vet.cms.cooperation.CooperationProject;
import org.jiamusi.vet.cms.cooperation.CooperationProjectProjection;
import org.jiamusi.vet.cms.cooperation.CooperationProjectText;
import org.jiamusi.vet.cms.event.Event;
import org.jiamusi.vet.cms.event.EventKind;
import org.jiamusi.vet.cms.event.EventProjection;
import org.jiamusi.vet.cms.event.EventText;
import org.jiamusi.vet.cms.experience.ExperienceCentre;
import org.jiamusi.vet.cms.experience.ExperienceCentreProjection;
import org.jiamusi.vet.cms.content.PlaceText;
import org.jiamusi.vet.cms.experience.ExperienceCourse;
import org.jiamusi.vet.cms.experience.ExperienceCourseProjection;
import org.jiamusi.vet.cms.experience.ExperienceCourseText;
import org.jiamusi.vet.cms.experience.InterestArea;
import org.jiamusi.vet.cms.experience.Session;
import org.jiamusi.vet.cms.experience.SessionProjection;
import org.jiamusi.vet.cms.experience.SessionText;
import org.jiamusi.vet.cms.institution.District;
import org.jiamusi.vet.cms.institution.Institution;
import org.jiamusi.vet.cms.institution.InstitutionKind;
import org.jiamusi.vet.cms.institution.InstitutionProjection;
import org.jiamusi.vet.cms.institution.InstitutionText;
import org.jiamusi.vet.cms.media.MediaItem;
import org.jiamusi.vet.cms.media.MediaItemProjection;
import org.jiamusi.vet.cms.media.MediaItemText;
import org.jiamusi.vet.cms.news.NewsArticle;
import org.jiamusi.vet.cms.news.NewsArticleProjection;
import org.jiamusi.vet.cms.news.NewsArticleText;
import org.jiamusi.vet.cms.page.Page;
import org.jiamusi.vet.cms.page.PageKind;
import org.jiamusi.vet.cms.page.PageProjection;
import org.jiamusi.vet.cms.page.PageText;
import org.jiamusi.vet.cms.testing.CooperationProjects;
import org.jiamusi.vet.cms.testing.DatabaseContract;
import org.jiamusi.vet.cms.testing.DraftBuilder;
import org.jiamusi.vet.cms.testing.Events;
import org.jiamusi.vet.cms.testing.Experiences;
import org.jiamusi.vet.cms.testing.Institutions;
import org.jiamusi.vet.cms.testing.MediaItems;
import org.jiamusi.vet.cms.testing.NewsArticles;
import org.jiamusi.vet.cms.testing.Pages;
import org.jiamusi.vet.cms.testing.TrainingBases;
import org.jiamusi.vet.cms.testing.Transactions;
import org.jiamusi.vet.cms.trainingbase.TrainingBase;
import org.jiamusi.vet.cms.trainingbase.TrainingBaseKind;
import org.jiamusi.vet.cms.trainingbase.TrainingBaseProjection;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every content type's projection promises on a real database with the real migrations:
 * a complete draft in three languages is stored field by field, a changed draft replaces it (a
 * language no longer in the draft is no longer published), and withdrawal removes it. Run once
 * per database kind by its subclasses.
 */
abstract class ProjectionsContract extends DatabaseContract {

    private static final String TITLE = ContentSchema.TITLE;

    private static final Stored<Institution, InstitutionText> STORED_INSTITUTION =
            new Stored<>(Institution.class, ProjectionsContract::values, InstitutionText::getSlug);
    private static final Stored<ExperienceCentre, PlaceText> STORED_EXPERIENCE_CENTRE =
            new Stored<>(ExperienceCentre.class, ProjectionsContract::values, PlaceText::getSlug);
    private static final Stored<ExperienceCourse, ExperienceCourseText> STORED_EXPERIENCE_COURSE =
            new Stored<>(ExperienceCourse.class, ProjectionsContract::values, ExperienceCourseText::getSlug);
    private static final Stored<Session, SessionText> STORED_SESSION =
            new Stored<>(Session.class, ProjectionsContract::values, null);
    private static final Stored<Event, EventText> STORED_EVENT =
            new Stored<>(Event.class, ProjectionsContract::values, EventText::getSlug);
    private static final Stored<TrainingBase, PlaceText> STORED_TRAINING_BASE =
            new Stored<>(TrainingBase.class, ProjectionsContract::values, PlaceText::getSlug);
    private static final Stored<CooperationProject, CooperationProjectText> STORED_COOPERATION_PROJECT =
            new Stored<>(CooperationProject.class, ProjectionsContract::values, CooperationProjectText::getSlug);
    private static final Stored<MediaItem, MediaItemText> STORED_MEDIA_ITEM =
            new Stored<>(MediaItem.class, ProjectionsContract::values, null);
    private static final Stored<NewsArticle, NewsArticleText> STORED_NEWS_ARTICLE =
            new Stored<>(NewsArticle.class, ProjectionsContract::values, NewsArticleText::getSlug);
    private static final Stored<Page, PageText> STORED_PAGE =
            new Stored<>(Page.class, ProjectionsContract::values, PageText::getSlug);

    private final InstitutionProjection institutions = new InstitutionProjection();
    private final ExperienceCentreProjection centres = new ExperienceCentreProjection();
    private final ExperienceCourseProjection courses = new ExperienceCourseProjection();
    private final SessionProjection sessions = new SessionProjection();
    private final EventProjection events = new EventProjection();
    private final TrainingBaseProjection trainingBases = new TrainingBaseProjection();
    private final CooperationProjectProjection cooperationProjects = new CooperationProjectProjection();
    private final MediaItemProjection mediaItems = new MediaItemProjection();
    private final NewsArticleProjection newsArticles = new NewsArticleProjection();
    private final PageProjection pages = new PageProjection();


    @Test
    void institutionIsPublishedChangedAndWithdrawn() {
        long id = newItem(ContentType.INSTITUTION, Institutions.REF);
        ContentDraft complete = Institutions.jiamusiVocationalInstitute().build();

        var lifecycle = lifecycle(institutions, id, Institutions.SLUGS, STORED_INSTITUTION);

        lifecycle.published(complete, institution -> {
            assertThat(institution.getKind()).isEqualTo(InstitutionKind.HIGHER_VOCATIONAL_COLLEGE);
            assertThat(institution.getDistrict()).isEqualTo(District.XIANGYANG);
            assertThat(institution.getLatitude()).isEqualByComparingTo(Institutions.LATITUDE);
            assertThat(institution.getLongitude()).isEqualByComparingTo(Institutions.LONGITUDE);
            assertThat(institution.getPhone()).isEqualTo(Institutions.PHONE_VALUE);
            assertThat(institution.getEmail()).isEqualTo(Institutions.EMAIL_VALUE);
            assertThat(institution.getWebsite()).isEqualTo(Institutions.WEBSITE_VALUE);
        });

        ContentDraft moved = DraftBuilder.from(complete)
                .field(InstitutionProjection.DISTRICT, District.JIAO)
                .field(InstitutionProjection.PHONE, null)
                .text(Language.ZH, InstitutionProjection.ADDRESS, "黑龙江省佳木斯市郊区")
                .without(Language.EN)
                .build();
        lifecycle.published(moved, institution -> {
            assertThat(institution.getDistrict()).isEqualTo(District.JIAO);
            assertThat(institution.getPhone()).isNull();
            assertThat(institution.text(Language.EN)).isEmpty();
        });

        lifecycle.withdrawn();
    }

    @Test
    void experienceCentreIsPublishedChangedAndWithdrawn() {
        long institution = newItem(ContentType.INSTITUTION, "centre-owner");
        long id = newItem(ContentType.EXPERIENCE_CENTRE, Experiences.CENTRE_REF);
        ContentDraft complete = Experiences.centre(institution).build();

        var lifecycle = lifecycle(centres, id, Experiences.CENTRE_SLUGS, STORED_EXPERIENCE_CENTRE);

        lifecycle.published(complete, centre -> {
            assertThat(centre.getInstitutionId()).isEqualTo(institution);
            assertThat(centre.getDistrict()).isEqualTo(District.XIANGYANG);
            assertThat(centre.getLatitude()).isEqualByComparingTo(Experiences.CENTRE_LATITUDE);
            assertThat(centre.getLongitude()).isEqualByComparingTo(Experiences.CENTRE_LONGITUDE);
        });

        ContentDraft unplaced = DraftBuilder.from(complete)
                .field(ExperienceCentreProjection.INSTITUTION, null)
                .field(Coordinates.LATITUDE, null)
                .field(Coordinates.LONGITUDE, null)
                .without(Language.RU)
                .build();
        lifecycle.published(unplaced, centre -> {
            assertThat(centre.getInstitutionId()).isNull();
            assertThat(centre.getLatitude()).isNull();
            assertThat(centre.getLongitude()).isNull();
            assertThat(centre.text(Language.RU)).isEmpty();
        });

        lifecycle.withdrawn();
    }

    /** The centre is a content item that was never published: a reference does not need it to be. */
    @Test
    void experienceCourseIsPublishedChangedAndWithdrawn() {
        long centre = newItem(ContentType.EXPERIENCE_CENTRE, "course-centre");
        long id = newItem(ContentType.EXPERIENCE_COURSE, Experiences.COURSE_REF);
        ContentDraft complete = Experiences.course(centre).build();

        var lifecycle = lifecycle(courses, id, Experiences.COURSE_SLUGS, STORED_EXPERIENCE_COURSE);

        lifecycle.published(complete, course -> {
            assertThat(course.getCentreId()).isEqualTo(centre);
            assertThat(course.getInterestArea()).isEqualTo(InterestArea.DENTAL_TECHNOLOGY);
            assertThat(course.isForPrimary()).isFalse();
            assertThat(course.isForJuniorMiddle()).isTrue();
            assertThat(course.isForSeniorMiddle()).isTrue();
            assertThat(course.getDurationMinutes()).isEqualTo(Experiences.COURSE_MINUTES);
        });

        ContentDraft forYoungerPupils = DraftBuilder.from(complete)
                .field(ExperienceCourseProjection.FOR_PRIMARY, true)
                .field(ExperienceCourseProjection.FOR_SENIOR_MIDDLE, null)
                .field(ExperienceCourseProjection.DURATION_MINUTES, 60)
                .text(Language.ZH, ExperienceCourseProjection.SAFETY_NOTES, null)
                .without(Language.EN)
                .build();
        lifecycle.published(forYoungerPupils, course -> {
            assertThat(course.isForPrimary()).isTrue();
            assertThat(course.isForSeniorMiddle()).isFalse();
            assertThat(course.getDurationMinutes()).isEqualTo(60);
            assertThat(course.text(Language.ZH).orElseThrow().getSafetyNotes()).isNull();
            assertThat(course.text(Language.EN)).isEmpty();
        });

        lifecycle.withdrawn();
    }

    @Test
    void sessionIsPublishedChangedAndWithdrawn() {
        long course = newItem(ContentType.EXPERIENCE_COURSE, "session-course");
        long id = newItem(ContentType.SESSION, Experiences.SESSION_REF);
        ContentDraft complete = Experiences.session(course).build();

        var lifecycle = lifecycle(sessions, id, Map.of(), STORED_SESSION);

        lifecycle.published(complete, session -> {
            assertThat(session.getCourseId()).isEqualTo(course);
            assertThat(session.getDate()).isEqualTo(LocalDate.parse(Experiences.SESSION_DATE));
            assertThat(session.getStartTime()).isEqualTo(LocalTime.parse(Experiences.SESSION_START));
            assertThat(session.getEndTime()).isEqualTo(LocalTime.parse(Experiences.SESSION_END));
            assertThat(session.getCapacity()).isEqualTo(Experiences.SESSION_CAPACITY);
            assertThat(session.getSeatsBooked()).isZero();
        });

        ContentDraft moved = DraftBuilder.from(complete)
                .field(SessionProjection.START_TIME, "14:00")
                .field(SessionProjection.END_TIME, "15:30")
                .text(Language.ZH, SessionProjection.PLACE, "实训楼二楼数字化口腔实训室")
                .without(Language.RU)
                .build();
        lifecycle.published(moved, session -> {
            assertThat(session.getStartTime()).isEqualTo(LocalTime.of(14, 0));
            assertThat(session.getEndTime()).isEqualTo(LocalTime.of(15, 30));
            assertThat(session.text(Language.RU)).isEmpty();
        });

        lifecycle.withdrawn();
    }

    @Test
    void republishedSessionKeepsTheSeatsAlreadyBooked() {
        long id = publishedSession("booked-session", 20);

        publish(sessions, id, Experiences.session(newItem(ContentType.EXPERIENCE_COURSE, "booked-course-2"))
                .field(SessionProjection.CAPACITY, 30).build(), Map.of());

        assertStored(Session.class, id, session -> {
            assertThat(session.getCapacity()).isEqualTo(30);
            assertThat(session.getSeatsBooked()).isEqualTo(20);
        });
    }

    @Test
    void capacityBelowTheSeatsAlreadyBookedIsReported() {
        long id = publishedSession("full-session", 20);
        ContentDraft smaller = Experiences.session(newItem(ContentType.EXPERIENCE_COURSE, "full-course-2"))
                .field(SessionProjection.CAPACITY, 18).build();

        List<Violation> violations = inTransaction(em -> sessions.checkAgainstStored(em, em.find(ContentItem.class, id), smaller));

        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo(SessionProjection.CAPACITY);
            assertThat(violation.messageKey()).isEqualTo("content.session.capacityBelowBookings");
            assertThat(violation.arguments()).containsEntry("booked", 20);
        });
    }

    @Test
    void capacityEqualToTheSeatsBookedIsAccepted() {
        long id = publishedSession("exactly-full-session", 20);
        ContentDraft exactlyFull = Experiences.session(newItem(ContentType.EXPERIENCE_COURSE, "exactly-full-course-2"))
                .field(SessionProjection.CAPACITY, 20).build();

        List<Violation> violations = inTransaction(em -> sessions.checkAgainstStored(em, em.find(ContentItem.class, id), exactlyFull));

        assertThat(violations).isEmpty();
    }

    @Test
    void sessionNeverPublishedHasNoBookingsToCheckAgainst() {
        long course = newItem(ContentType.EXPERIENCE_COURSE, "new-session-course");
        long id = newItem(ContentType.SESSION, "new-session");
        ContentDraft draft = Experiences.session(course).build();

        List<Violation> violations = inTransaction(em -> sessions.checkAgainstStored(em, em.find(ContentItem.class, id), draft));

        assertThat(violations).isEmpty();
    }

    /** Bookings and publications may race; whichever writes last, the database keeps capacity above the seats booked. */
    @Test
    void databaseRefusesACapacityBelowTheSeatsBookedWhenTheCheckWasSkipped() {
        long id = publishedSession("unchecked-session", 20);
        ContentDraft smaller = Experiences.session(newItem(ContentType.EXPERIENCE_COURSE, "unchecked-course-2"))
                .field(SessionProjection.CAPACITY, 10).build();

        assertThatThrownBy(() -> publish(sessions, id, smaller, Map.of()))
                .rootCause().message().containsIgnoringCase("experience_session_seats_within_capacity");
        assertStored(Session.class, id, session -> assertThat(session.getCapacity()).isEqualTo(Experiences.SESSION_CAPACITY));
    }

    @Test
    void eventIsPublishedChangedAndWithdrawn() {
        long host = newItem(ContentType.INSTITUTION, "event-host");
        long id = newItem(ContentType.EVENT, Events.REF);
        ContentDraft complete = Events.openDay(host).build();

        var lifecycle = lifecycle(events, id, Events.SLUGS, STORED_EVENT);

        lifecycle.published(complete, event -> {
            assertThat(event.getKind()).isEqualTo(EventKind.SCHOOL_OPEN_DAY);
            assertThat(event.getStartDate()).isEqualTo(LocalDate.parse(Events.START_DATE_VALUE));
            assertThat(event.getEndDate()).isEqualTo(LocalDate.parse(Events.END_DATE_VALUE));
            assertThat(event.getStartTime()).isEqualTo(LocalTime.parse(Events.START_TIME_VALUE));
            assertThat(event.getEndTime()).isEqualTo(LocalTime.parse(Events.END_TIME_VALUE));
            assertThat(event.getInstitutionId()).isEqualTo(host);
            assertThat(event.isRegistrationRequired()).isTrue();
            assertThat(event.getRegistrationUrl()).isEqualTo(Events.REGISTRATION_URL_VALUE);
        });

        ContentDraft oneDayWithoutRegistration = DraftBuilder.from(complete)
                .field(EventProjection.END_DATE, null)
                .field(EventProjection.START_TIME, null)
                .field(EventProjection.END_TIME, null)
                .field(EventProjection.REGISTRATION_REQUIRED, null)
                .field(EventProjection.REGISTRATION_URL, null)
                .without(Language.EN)
                .build();
        lifecycle.published(oneDayWithoutRegistration, event -> {
            assertThat(event.getEndDate()).isNull();
            assertThat(event.getStartTime()).isNull();
            assertThat(event.getEndTime()).isNull();
            assertThat(event.isRegistrationRequired()).isFalse();
            assertThat(event.getRegistrationUrl()).isNull();
            assertThat(event.text(Language.EN)).isEmpty();
        });

        lifecycle.withdrawn();
    }

    @Test
    void trainingBaseIsPublishedChangedAndWithdrawn() {
        long institution = newItem(ContentType.INSTITUTION, "training-base-owner");
        long id = newItem(ContentType.TRAINING_BASE, TrainingBases.REF);
        ContentDraft complete = TrainingBases.intelligentManufacturing(institution).build();

        var lifecycle = lifecycle(trainingBases, id, TrainingBases.SLUGS, STORED_TRAINING_BASE);

        lifecycle.published(complete, base -> {
            assertThat(base.getKind()).isEqualTo(TrainingBaseKind.TRAINING_BASE);
            assertThat(base.getInstitutionId()).isEqualTo(institution);
            assertThat(base.getDistrict()).isEqualTo(District.XIANGYANG);
        });

        ContentDraft shared = DraftBuilder.from(complete)
                .field(TrainingBaseProjection.KIND, TrainingBaseKind.PUBLIC_PRACTICE_CENTRE)
                .field(TrainingBaseProjection.DISTRICT, null)
                .without(Language.RU)
                .build();
        lifecycle.published(shared, base -> {
            assertThat(base.getKind()).isEqualTo(TrainingBaseKind.PUBLIC_PRACTICE_CENTRE);
            assertThat(base.getDistrict()).isNull();
            assertThat(base.text(Language.RU)).isEmpty();
        });

        lifecycle.withdrawn();
    }

    @Test
    void cooperationProjectIsPublishedChangedAndWithdrawn() {
        long tongjiang = newItem(ContentType.INSTITUTION, "tongjiang-vocational-school");
        long fuyuan = newItem(ContentType.INSTITUTION, "fuyuan-vocational-school");
        long agricultural = newItem(ContentType.INSTITUTION, "heilongjiang-agricultural-college");
        long id = newItem(ContentType.COOPERATION_PROJECT, CooperationProjects.REF);
        ContentDraft complete = CooperationProjects.lubanWorkshop(tongjiang, fuyuan).build();

        var lifecycle = lifecycle(cooperationProjects, id, CooperationProjects.SLUGS, STORED_COOPERATION_PROJECT);

        lifecycle.published(complete, project -> {
            assertThat(project.getKind()).isEqualTo(CooperationKind.LUBAN_WORKSHOP);
            assertThat(project.getPartnerCountry()).isEqualTo(CooperationProjects.COUNTRY);
            assertThat(project.getInstitutionIds()).containsExactly(tongjiang, fuyuan);
            assertThat(project.getStartYear()).isEqualTo(CooperationProjects.START_YEAR_VALUE);
        });

        ContentDraft agricultureLeads = DraftBuilder.from(complete)
                .field(CooperationProjectProjection.INSTITUTIONS, agricultural + "," + fuyuan)
                .field(CooperationProjectProjection.START_YEAR, null)
                .without(Language.EN)
                .build();
        lifecycle.published(agricultureLeads, project -> {
            assertThat(project.getInstitutionIds()).containsExactly(agricultural, fuyuan);
            assertThat(project.getStartYear()).isNull();
            assertThat(project.text(Language.EN)).isEmpty();
        });

        lifecycle.withdrawn();
    }

    @Test
    void mediaItemIsPublishedChangedAndWithdrawn() {
        long id = newItem(ContentType.MEDIA_ITEM, MediaItems.REF);
        ContentDraft complete = MediaItems.openDayPhoto().build();

        var lifecycle = lifecycle(mediaItems, id, Map.of(), STORED_MEDIA_ITEM);

        lifecycle.published(complete, media -> {
            assertThat(media.getFileName()).isEqualTo(MediaItems.FILE_NAME_VALUE);
            assertThat(media.getMediaType()).isEqualTo(MediaItems.MEDIA_TYPE_VALUE);
            assertThat(media.getByteSize()).isEqualTo(MediaItems.BYTE_SIZE_VALUE);
            assertThat(media.getWidth()).isEqualTo(MediaItems.WIDTH_VALUE);
            assertThat(media.getHeight()).isEqualTo(MediaItems.HEIGHT_VALUE);
            assertThat(media.getStorageKey()).isEqualTo(MediaItems.STORAGE_KEY_VALUE);
        });

        ContentDraft document = DraftBuilder.from(complete)
                .field(MediaItemProjection.FILE_NAME, "jiamusi-zhijiao-guihua.pdf")
                .field(MediaItemProjection.MEDIA_TYPE, "application/pdf")
                .field(MediaItemProjection.WIDTH, null)
                .field(MediaItemProjection.HEIGHT, null)
                .text(Language.ZH, MediaItemProjection.ALT_TEXT, null)
                .without(Language.EN)
                .build();
        lifecycle.published(document, media -> {
            assertThat(media.getMediaType()).isEqualTo("application/pdf");
            assertThat(media.getWidth()).isNull();
            assertThat(media.getHeight()).isNull();
            assertThat(media.text(Language.ZH).orElseThrow().getAltText()).isNull();
            assertThat(media.text(Language.EN)).isEmpty();
        });

        lifecycle.withdrawn();
    }

    @Test
    void newsArticleIsPublishedChangedAndWithdrawn() {
        long image = newItem(ContentType.MEDIA_ITEM, "news-photo");
        long institution = newItem(ContentType.INSTITUTION, "news-institution");
        long id = newItem(ContentType.NEWS_ARTICLE, NewsArticles.REF);
        ContentDraft complete = NewsArticles.openDayReport(image, institution).build();

        var lifecycle = lifecycle(newsArticles, id, NewsArticles.SLUGS, STORED_NEWS_ARTICLE);

        lifecycle.published(complete, article -> {
            assertThat(article.getPublishedOn()).isEqualTo(LocalDate.parse(NewsArticles.PUBLISHED_ON_VALUE));
            assertThat(article.getImageId()).isEqualTo(image);
            assertThat(article.getInstitutionId()).isEqualTo(institution);
        });

        ContentDraft withoutImage = DraftBuilder.from(complete)
                .field(NewsArticleProjection.IMAGE, null)
                .field(NewsArticleProjection.PUBLISHED_ON, "2026-05-19")
                .without(Language.RU)
                .build();
        lifecycle.published(withoutImage, article -> {
            assertThat(article.getImageId()).isNull();
            assertThat(article.getPublishedOn()).isEqualTo(LocalDate.of(2026, 5, 19));
            assertThat(article.text(Language.RU)).isEmpty();
        });

        lifecycle.withdrawn();
    }

    @Test
    void pageIsPublishedChangedAndWithdrawn() {
        long id = newItem(ContentType.PAGE, Pages.REF);
        ContentDraft complete = Pages.plan().build();

        var lifecycle = lifecycle(pages, id, Pages.SLUGS, STORED_PAGE);

        lifecycle.published(complete, page -> assertThat(page.getKind()).isEqualTo(PageKind.POLICY));

        // A policy document is long: the whole plan runs to some 32,000 characters.
        String longBody = "<p>" + "建设7个职业体验中心，开设45门职业体验课程。".repeat(6000) + "</p>";
        ContentDraft fullText = DraftBuilder.from(complete)
                .field(PageProjection.KIND, PageKind.GENERAL)
                .text(Language.ZH, PageProjection.BODY, longBody)
                .without(Language.EN)
                .build();
        lifecycle.published(fullText, page -> {
            assertThat(page.getKind()).isEqualTo(PageKind.GENERAL);
            assertThat(page.text(Language.ZH).orElseThrow().getBody()).isEqualTo(longBody);
            assertThat(page.text(Language.EN)).isEmpty();
        });

        lifecycle.withdrawn();
    }

    // --- the published texts, read back under the draft's keys ---------------------------------

    private static Map<String, String> values(InstitutionText text) {
        return values(TITLE, text.getTitle(), InstitutionProjection.SUMMARY, text.getSummary(),
                InstitutionProjection.DESCRIPTION, text.getDescription(), InstitutionProjection.ADDRESS, text.getAddress(),
                InstitutionProjection.HONOURS, text.getHonours());
    }

    private static Map<String, String> values(PlaceText text) {
        return values(TITLE, text.getTitle(), ExperienceCentreProjection.SUMMARY, text.getSummary(),
                ExperienceCentreProjection.DESCRIPTION, text.getDescription(), ExperienceCentreProjection.ADDRESS, text.getAddress());
    }

    private static Map<String, String> values(ExperienceCourseText text) {
        return values(TITLE, text.getTitle(), ExperienceCourseProjection.SUMMARY, text.getSummary(),
                ExperienceCourseProjection.WHAT_YOU_MAKE, text.getWhatYouMake(),
                ExperienceCourseProjection.SAFETY_NOTES, text.getSafetyNotes(),
                ExperienceCourseProjection.DESCRIPTION, text.getDescription());
    }

    private static Map<String, String> values(SessionText text) {
        return values(SessionProjection.PLACE, text.getPlace());
    }

    private static Map<String, String> values(EventText text) {
        return values(TITLE, text.getTitle(), EventProjection.SUMMARY, text.getSummary(),
                EventProjection.DESCRIPTION, text.getDescription(), EventProjection.VENUE, text.getVenue());
    }

    private static Map<String, String> values(CooperationProjectText text) {
        return values(TITLE, text.getTitle(), CooperationProjectProjection.SUMMARY, text.getSummary(),
                CooperationProjectProjection.DESCRIPTION, text.getDescription(), CooperationProjectProjection.PARTNER, text.getPartner());
    }

    private static Map<String, String> values(MediaItemText text) {
        return values(MediaItemProjection.CAPTION, text.getCaption(), MediaItemProjection.ALT_TEXT, text.getAltText());
    }

    private static Map<String, String> values(NewsArticleText text) {
        return values(TITLE, text.getTitle(), NewsArticleProjection.SUMMARY, text.getSummary(), NewsArticleProjection.BODY, text.getBody());
    }

    private static Map<String, String> values(PageText text) {
        return values(TITLE, text.getTitle(), PageProjection.SUMMARY, text.getSummary(), PageProjection.BODY, text.getBody());
    }

    /** Names and values in pairs; an empty column is left out, as a draft leaves out an empty field. */
    private static Map<String, String> values(String... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                values.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return values;
    }

    /**
     * The stored texts are exactly the draft's: the same languages, every value under its key, and
     * (for a type with pages, when it has a {@code slugOf}) the slug of each language.
     */
    private static <E extends ProjectionEntity<T>, T> void assertTexts(E entity, ContentDraft draft, Map<Language, String> slugs,
                                                                      Stored<E, T> stored) {
        Map<Language, T> texts = entity.getTexts();
        Map<Language, Map<String, String>> storedValues = new EnumMap<>(Language.class);
        texts.forEach((language, text) -> storedValues.put(language, stored.valuesOf().apply(text)));
        assertThat(storedValues).isEqualTo(draft.texts());
        if (stored.slugOf() != null) {
            texts.forEach((language, text) -> assertThat(stored.slugOf().apply(text)).as("slug in %s", language)
                    .isEqualTo(slugs.get(language)));
        }
    }

    // --- one item's life: published, changed, withdrawn -----------------------------------------

    /**
     * How a type's entity is read back: its class, its texts' values under the draft's keys, and
     * (for a type with pages) each text's slug.
     */
    private record Stored<E extends ProjectionEntity<T>, T>(Class<E> type, Function<T, Map<String, String>> valuesOf,
                                                           Function<T, String> slugOf) {
    }

    private <E extends ProjectionEntity<T>, T> Lifecycle<E, T> lifecycle(ContentProjection projection, long id,
                                                                      Map<Language, String> slugs, Stored<E, T> stored) {
        return new Lifecycle<>(projection, id, slugs, stored);
    }

    /** One item of a type, published through its projection, read back and withdrawn. */
    private final class Lifecycle<E extends ProjectionEntity<T>, T> {

        private final ContentProjection projection;
        private final long id;
        private final Map<Language, String> slugs;
        private final Stored<E, T> stored;

        private Lifecycle(ContentProjection projection, long id, Map<Language, String> slugs, Stored<E, T> stored) {
            this.projection = projection;
            this.id = id;
            this.slugs = slugs;
            this.stored = stored;
        }

        /** Publishes the draft; the entity then holds the expected facts and exactly the draft's texts. */
        void published(ContentDraft draft, Consumer<E> expectations) {
            publish(projection, id, draft, slugs);
            assertStored(stored.type(), id, entity -> {
                expectations.accept(entity);
                assertTexts(entity, draft, slugs, stored);
            });
        }

        /** Withdraws the item; its entity is then gone. */
        void withdrawn() {
            withdraw(projection, id);
            assertGone(stored.type(), id);
        }
    }

    // --- database plumbing ------------------------------------------------------------------------

    private long publishedSession(String ref, int seatsBooked) {
        long course = newItem(ContentType.EXPERIENCE_COURSE, ref + "-course");
        long id = newItem(ContentType.SESSION, ref);
        publish(sessions, id, Experiences.session(course).build(), Map.of());
        // What the bookings will do: change the count in place, never through the projection.
        inTransaction(em -> em.createNativeQuery("update experience_session set seats_booked = ?1 where id = ?2")
                .setParameter(1, seatsBooked)
                .setParameter(2, id)
                .executeUpdate());
        return id;
    }

    private long newItem(ContentType type, String ref) {
        return inTransaction(em -> ContentItems.persist(em, type, ref, null).getId());
    }

    private void publish(ContentProjection projection, long id, ContentDraft draft, Map<Language, String> slugs) {
        assertThat(projection.schema().validate(draft)).as("the draft's violations").isEmpty();
        inTransaction(em -> {
            projection.publish(em, em.find(ContentItem.class, id), draft, slugs);
            return null;
        });
    }

    private void withdraw(ContentProjection projection, long id) {
        inTransaction(em -> {
            projection.withdraw(em, em.find(ContentItem.class, id));
            return null;
        });
    }

    /** Reads the entity in a new entity manager, so what is checked is what the database holds. */
    private <E> void assertStored(Class<E> type, long id, Consumer<E> expectations) {
        EntityManager em = emf().createEntityManager();
        try {
            E entity = em.find(type, id);
            assertThat(entity).as("%s %d", type.getSimpleName(), id).isNotNull();
            expectations.accept(entity);
        } finally {
            em.close();
        }
    }

    private <E> void assertGone(Class<E> type, long id) {
        EntityManager em = emf().createEntityManager();
        try {
            assertThat(em.find(type, id)).as("%s %d", type.getSimpleName(), id).isNull();
        } finally {
            em.close();
        }
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return Transactions.inTransaction(emf(), work);
    }
}
