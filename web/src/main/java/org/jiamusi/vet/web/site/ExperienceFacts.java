package org.jiamusi.vet.web.site;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.jiamusi.vet.cms.experience.InterestArea;
import org.jiamusi.vet.cms.experience.PublishedCourse;
import org.jiamusi.vet.cms.experience.SchoolStage;
import org.jiamusi.vet.i18n.Formats;
import org.jiamusi.vet.i18n.Language;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the experience pages share: the names interest areas and school stages have in addresses
 * ({@code ?interest=dental-technology&grade=junior-middle}), the picture of each interest area, and
 * session dates with their weekday, which matter to a family choosing a day.
 */
final class ExperienceFacts {

    private static final TimeZone CITY_ZONE = TimeZone.getTimeZone(Formats.CITY_ZONE.getId());

    private ExperienceFacts() {
    }

    /** {@code JUNIOR_MIDDLE} → {@code junior-middle}. */
    static String param(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<InterestArea> interest(String param) {
        return parse(InterestArea.values(), param);
    }

    static Optional<SchoolStage> stage(String param) {
        return parse(SchoolStage.values(), param);
    }

    private static <E extends Enum<E>> Optional<E> parse(E[] values, String param) {
        return Arrays.stream(values).filter(value -> param(value).equals(param)).findFirst();
    }

    /** The light illustration of an interest area, a static SVG in {@code resources/img/interest}. */
    static String illustration(InterestArea area) {
        return "img/interest/" + param(area) + ".svg";
    }

    /** The stages a course suits, youngest first. */
    static List<String> stages(PublishedCourse course) {
        return Arrays.stream(SchoolStage.values()).filter(stage -> stage.suits(course)).map(Enum::name).toList();
    }

    /** {@code 12月5日周六}, {@code сб, 5 дек.}, {@code Sat 5 Dec}: the next session on a card. */
    static String shortDay(LocalDate date, Language language) {
        return format("MMMEd", date, language);
    }

    /** {@code 12月5日星期六}, {@code суббота, 5 декабря}, {@code Saturday 5 December}: a session's day. */
    static String longDay(LocalDate date, Language language) {
        return format(date.getYear() == LocalDate.now(Formats.CITY_ZONE).getYear() ? "MMMMEEEEd" : "yMMMMEEEEd", date, language);
    }

    /** {@code 09:00–10:30}. */
    static String times(LocalTime start, LocalTime end, Language language) {
        return Formats.time(start, language) + "–" + Formats.time(end, language);
    }

    private static String format(String skeleton, LocalDate date, Language language) {
        DateFormat format = DateFormat.getInstanceForSkeleton(skeleton, ULocale.forLocale(language.locale()));
        format.setTimeZone(CITY_ZONE);
        return format.format(Date.from(date.atTime(LocalTime.NOON).atZone(Formats.CITY_ZONE).toInstant()));
    }
}
