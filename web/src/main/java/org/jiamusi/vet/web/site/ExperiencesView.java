package org.jiamusi.vet.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.jiamusi.vet.cms.content.LocalizedText;
import org.jiamusi.vet.cms.experience.CourseOutlook;
import org.jiamusi.vet.cms.experience.CoursePage;
import org.jiamusi.vet.cms.content.PlaceText;
import org.jiamusi.vet.cms.experience.ExperienceCourseText;
import org.jiamusi.vet.cms.experience.ExperienceService;
import org.jiamusi.vet.cms.experience.InterestArea;
import org.jiamusi.vet.cms.experience.SchoolStage;
import org.jiamusi.vet.i18n.Formats;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.web.infra.Section;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /{lang}/experiences?interest=…&grade=…&page=…}: the career-experience courses a pupil
 * browses by what they like and their school stage. The filters are plain links with the choice in
 * the address, so they work without JavaScript, can be shared, and keep the page stateless. A value
 * the page does not know is ignored with a notice, never an error. The soonest sessions come first.
 */
@Named
@RequestScoped
public class ExperiencesView {

    static final int PAGE_SIZE = 24;

    /**
     * On a phone the filters fill the screen: choosing an interest scrolls to the second step, and
     * choosing a stage to the courses, so the pupil's next move is always in view.
     */
    private static final String NEXT_STEP = "#filter-grade";
    private static final String RESULTS = "#results";

    @Inject
    ExperienceService experiences;

    @Inject
    CurrentPage page;

    @Inject
    HttpServletRequest request;

    private boolean parsed;
    private InterestArea interest;
    private SchoolStage stage;
    private boolean badInterest;
    private boolean badGrade;
    private CoursePage results;

    /** Reads the filters; run first by the page, so that the language switcher in the header keeps them. */
    public void parse() {
        if (parsed) {
            return;
        }
        parsed = true;
        String interestParam = request.getParameter("interest");
        if (interestParam != null && !interestParam.isBlank()) {
            interest = ExperienceFacts.interest(interestParam.strip()).orElse(null);
            badInterest = interest == null;
        }
        String gradeParam = request.getParameter("grade");
        if (gradeParam != null && !gradeParam.isBlank()) {
            stage = ExperienceFacts.stage(gradeParam.strip()).orElse(null);
            badGrade = stage == null;
        }
        // The language switcher keeps the reader's choice.
        for (Language language : Language.values()) {
            page.alternate(language, link(interest, stage, getPageNumber()).substring(page.path("").length()));
        }
    }

    public boolean isBadInterest() {
        parse();
        return badInterest;
    }

    public boolean isBadGrade() {
        parse();
        return badGrade;
    }

    public String getInterest() {
        parse();
        return interest == null ? null : interest.name();
    }

    public String getGrade() {
        parse();
        return stage == null ? null : stage.name();
    }

    public boolean isFiltered() {
        parse();
        return interest != null || stage != null;
    }

    public int getPageNumber() {
        String value = request.getParameter("page");
        return value != null && value.matches("\\d{1,5}") ? Math.max(1, Integer.parseInt(value)) : 1;
    }

    private CoursePage results() {
        if (results == null) {
            parse();
            results = experiences.browse(interest, stage, today(), (getPageNumber() - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return results;
    }

    public long getTotal() {
        return results().total();
    }

    public int getPageCount() {
        return (int) Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public String pageLink(int number) {
        parse();
        return link(interest, stage, number);
    }

    /** "All" and every interest area that has courses for the chosen stage, with their counts. */
    public List<Choice> getInterestChoices() {
        parse();
        Map<InterestArea, Long> counts = experiences.countByArea(stage);
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(null, counts.values().stream().mapToLong(Long::longValue).sum(), link(null, stage, 1) + NEXT_STEP, interest == null));
        for (InterestArea area : InterestArea.values()) {
            long count = counts.getOrDefault(area, 0L);
            if (count > 0 || area == interest) {
                choices.add(new Choice(area.name(), count, link(area, stage, 1) + NEXT_STEP, area == interest));
            }
        }
        return choices;
    }

    /** "All" and each school stage, with how many courses of the chosen interest suit it. */
    public List<Choice> getGradeChoices() {
        parse();
        Map<SchoolStage, Long> counts = experiences.countByStage(interest);
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(null, -1, link(interest, null, 1) + RESULTS, stage == null));
        for (SchoolStage each : SchoolStage.values()) {
            choices.add(new Choice(each.name(), counts.getOrDefault(each, 0L), link(interest, each, 1) + RESULTS, each == stage));
        }
        return choices;
    }

    public String getAllLink() {
        return link(null, null, 1);
    }

    public List<CourseCard> getCards() {
        Language reader = page.getLanguage();
        List<CourseCard> cards = new ArrayList<>();
        for (CourseOutlook outlook : results().courses()) {
            LocalizedText<ExperienceCourseText> text = outlook.course().textFor(reader);
            String centre = null;
            if (outlook.centre() != null) {
                LocalizedText<PlaceText> centreText = outlook.centre().textFor(reader);
                centre = centreText == null ? null : centreText.text().getTitle();
            }
            InterestArea area = outlook.course().interestArea();
            cards.add(new CourseCard(text.text().getTitle(), page.path(Section.EXPERIENCE.pathOf(text.text().getSlug())),
                    text.text().getSummary(), area.name(), ExperienceFacts.illustration(area), centre,
                    ExperienceFacts.stages(outlook.course()), outlook.course().durationMinutes(),
                    outlook.nextSession() == null ? null : ExperienceFacts.shortDay(outlook.nextSession(), reader),
                    outlook.upcomingSessions(), outlook.freeSeats(),
                    text.lang()));
        }
        return cards;
    }

    private String link(InterestArea area, SchoolStage grade, int pageNumber) {
        Map<String, String> query = new LinkedHashMap<>();
        if (area != null) {
            query.put("interest", ExperienceFacts.param(area));
        }
        if (grade != null) {
            query.put("grade", ExperienceFacts.param(grade));
        }
        if (pageNumber > 1) {
            query.put("page", Integer.toString(pageNumber));
        }
        StringBuilder link = new StringBuilder(page.path(Section.EXPERIENCE.listPath()));
        query.forEach((name, value) -> link.append(link.indexOf("?") < 0 ? '?' : '&').append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return link.toString();
    }

    private static LocalDate today() {
        return LocalDate.now(Formats.CITY_ZONE);
    }

    /**
     * One filter value: its enum name (null for "all"), how many courses it has (negative: not
     * shown), the link that applies it, and whether it is applied.
     */
    public record Choice(String value, long count, String link, boolean active) {
    }

    /** A course as a card shows it; {@code lang} is set when its text is a fallback; {@code next} is null with no session planned. */
    public record CourseCard(String title, String url, String summary, String area, String illustration, String centre,
                             List<String> stages, Integer minutes, String next, long sessions, long freeSeats, String lang) {
    }
}
