package org.jiamusi.vet.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jiamusi.vet.cms.content.LocalizedText;
import org.jiamusi.vet.cms.content.PublicItems;
import org.jiamusi.vet.cms.content.PublicText;
import org.jiamusi.vet.cms.content.PlaceText;
import org.jiamusi.vet.cms.experience.ExperienceCourseText;
import org.jiamusi.vet.cms.experience.ExperienceService;
import org.jiamusi.vet.cms.experience.PublishedCentre;
import org.jiamusi.vet.cms.experience.PublishedCourse;
import org.jiamusi.vet.cms.experience.PublishedSession;
import org.jiamusi.vet.cms.experience.SessionText;
import org.jiamusi.vet.cms.institution.InstitutionService;
import org.jiamusi.vet.cms.institution.InstitutionText;
import org.jiamusi.vet.cms.institution.PublishedInstitution;
import org.jiamusi.vet.i18n.Formats;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.web.infra.Section;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /{lang}/experiences/{slug}}: one career-experience course as a pupil and their parent
 * decide on it: what the pupil makes, what to mind, how long it takes, for which stages, at which
 * centre, and the coming sessions with their date, time, place and free seats.
 */
@Named
@RequestScoped
public class ExperienceView {

    @Inject
    PublicItems items;

    @Inject
    ExperienceService experiences;

    @Inject
    InstitutionService institutions;

    @Inject
    CurrentPage page;

    private PublishedCourse course;
    private LocalizedText<ExperienceCourseText> shown;
    private PublishedCentre centre;
    private PublishedInstitution institution;
    private List<SessionRow> sessions;

    public void load() throws IOException {
        course = DetailPage.resolve(items, page, Section.EXPERIENCE).flatMap(experiences::course).orElse(null);
        if (course != null) {
            shown = course.textFor(page.getLanguage());
            centre = experiences.centre(course.centreId()).orElse(null);
            if (centre != null && centre.institutionId() != null) {
                institution = institutions.find(centre.institutionId()).orElse(null);
            }
        }
    }

    public PublishedCourse getCourse() {
        return course;
    }

    public ExperienceCourseText getText() {
        return shown == null ? null : shown.text();
    }

    /** The language of the text when it is not the reader's, for a {@code lang} attribute; else null. */
    public String getTextLang() {
        return shown == null ? null : shown.lang();
    }

    public String getShownLang() {
        return shown.language().code();
    }

    public String getIllustration() {
        return ExperienceFacts.illustration(course.interestArea());
    }

    public List<String> getStages() {
        return ExperienceFacts.stages(course);
    }

    public List<String> getWhatYouMake() {
        return PublicText.paragraphs(shown.text().getWhatYouMake());
    }

    public List<String> getSafetyNotes() {
        return PublicText.paragraphs(shown.text().getSafetyNotes());
    }

    public String getInterestParam() {
        return ExperienceFacts.param(course.interestArea());
    }

    /** The centre's name and address in the reader's language (or the fallback's); null when the centre is not published. */
    public LocalizedText<PlaceText> getCentre() {
        return centre == null ? null : centre.textFor(page.getLanguage());
    }

    public PublishedInstitution getInstitution() {
        return institution;
    }

    public InstitutionText getInstitutionText() {
        return institution == null ? null : institution.textFor(page.getLanguage()).text();
    }

    public String getInstitutionUrl() {
        return institution == null ? null : page.path(Section.INSTITUTION.pathOf(getInstitutionText().getSlug()));
    }

    public String getPhoneLink() {
        return institution == null || institution.phone() == null ? null : "tel:" + institution.phone().replaceAll("[^+0-9]", "");
    }

    public List<SessionRow> getSessions() {
        if (sessions == null) {
            Language reader = page.getLanguage();
            sessions = new ArrayList<>();
            for (PublishedSession session : experiences.upcomingSessions(course.id(), LocalDate.now(Formats.CITY_ZONE))) {
                LocalizedText<SessionText> place = session.textFor(reader);
                int free = Math.max(0, session.capacity() - session.seatsBooked());
                sessions.add(new SessionRow(session.date().toString(), ExperienceFacts.longDay(session.date(), reader),
                        ExperienceFacts.times(session.startTime(), session.endTime(), reader),
                        place.text() == null ? null : place.text().getPlace(),
                        place.text() == null ? null : place.lang(),
                        session.capacity(), free));
            }
        }
        return sessions;
    }

    /** One coming session; {@code date} is ISO for {@code <time datetime>}, {@code day} and {@code times} as the reader reads them. */
    public record SessionRow(String date, String day, String times, String place, String placeLang, int capacity, int free) {

        public boolean isFull() {
            return free == 0;
        }

        /** Few seats left: worth a word to a family still deciding. */
        public boolean isFew() {
            return free > 0 && free <= Math.max(3, capacity / 5);
        }
    }
}
