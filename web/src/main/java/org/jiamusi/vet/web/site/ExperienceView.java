package org.jiamusi.vet.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jiamusi.vet.cms.content.LocalizedText;
import org.jiamusi.vet.cms.content.PublicItems;
import org.jiamusi.vet.cms.content.PublicText;
import org.jiamusi.vet.cms.experience.ExperienceCentre;
import org.jiamusi.vet.cms.experience.ExperienceCentreText;
import org.jiamusi.vet.cms.experience.ExperienceCourse;
import org.jiamusi.vet.cms.experience.ExperienceCourseText;
import org.jiamusi.vet.cms.experience.ExperienceService;
import org.jiamusi.vet.cms.experience.Session;
import org.jiamusi.vet.cms.experience.SessionText;
import org.jiamusi.vet.cms.institution.Institution;
import org.jiamusi.vet.cms.institution.InstitutionService;
import org.jiamusi.vet.cms.institution.InstitutionText;
import org.jiamusi.vet.i18n.Formats;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.search.SearchType;

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

    private ExperienceCourse course;
    private LocalizedText<ExperienceCourseText> shown;
    private ExperienceCentre centre;
    private Institution institution;
    private List<SessionRow> sessions;

    public void load() throws IOException {
        course = DetailPage.resolve(items, page, SearchType.EXPERIENCE, ExperienceCourse.class).orElse(null);
        if (course != null) {
            shown = LocalizedText.pick(course.getTexts(), page.getLanguage());
            centre = experiences.centre(course.getCentreId()).orElse(null);
            if (centre != null && centre.getInstitutionId() != null) {
                institution = institutions.find(centre.getInstitutionId()).orElse(null);
            }
        }
    }

    public ExperienceCourse getCourse() {
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
        return ExperienceFacts.illustration(course.getInterestArea());
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
        return ExperienceFacts.param(course.getInterestArea());
    }

    /** The centre's name and address in the reader's language (or the fallback's); null when the centre is not published. */
    public LocalizedText<ExperienceCentreText> getCentre() {
        return centre == null ? null : LocalizedText.pick(centre.getTexts(), page.getLanguage());
    }

    public Institution getInstitution() {
        return institution;
    }

    public InstitutionText getInstitutionText() {
        return institution == null ? null : LocalizedText.pick(institution.getTexts(), page.getLanguage()).text();
    }

    public String getInstitutionUrl() {
        return institution == null ? null : page.path("/institutions/" + getInstitutionText().getSlug());
    }

    public String getPhoneLink() {
        return institution == null || institution.getPhone() == null ? null : "tel:" + institution.getPhone().replaceAll("[^+0-9]", "");
    }

    public List<SessionRow> getSessions() {
        if (sessions == null) {
            Language reader = page.getLanguage();
            sessions = new ArrayList<>();
            for (Session session : experiences.upcomingSessions(course.getId(), LocalDate.now(Formats.CITY_ZONE))) {
                LocalizedText<SessionText> place = LocalizedText.pick(session.getTexts(), reader);
                int free = Math.max(0, session.getCapacity() - session.getSeatsBooked());
                sessions.add(new SessionRow(session.getDate().toString(), ExperienceFacts.longDay(session.getDate(), reader),
                        ExperienceFacts.times(session.getStartTime(), session.getEndTime(), reader),
                        place.text() == null ? null : place.text().getPlace(),
                        place.text() == null ? null : place.lang(),
                        session.getCapacity(), free));
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
