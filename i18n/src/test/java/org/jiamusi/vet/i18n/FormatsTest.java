package org.jiamusi.vet.i18n;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FormatsTest {

    private static final String COURSES =
            "{count, plural, one {# курс} few {# курса} many {# курсов} other {# курса}}";
    private static final LocalDate NOV_29 = LocalDate.of(2026, 11, 29);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"1, 1 курс", "2, 2 курса", "5, 5 курсов", "11, 11 курсов", "21, 21 курс", "22, 22 курса", "0, 0 курсов", "14, 14 курсов"})
    void russianCountsTakeTheirPluralForm(int count, String expected) {
        assertThat(Formats.message(COURSES, Language.RU, Map.of("count", count))).isEqualTo(expected);
    }

    @Test
    void englishAndChinesePluralsAndSelect() {
        String english = "{count, plural, one {# course} other {# courses}} for {grade, select, primary {primary pupils} other {everyone}}";
        assertThat(Formats.message(english, Language.EN, Map.of("count", 1, "grade", "primary"))).isEqualTo("1 course for primary pupils");
        assertThat(Formats.message(english, Language.EN, Map.of("count", 3, "grade", "x"))).isEqualTo("3 courses for everyone");
        assertThat(Formats.message("{count, plural, other {# 门课程}}", Language.ZH, Map.of("count", 45))).isEqualTo("45 门课程");
    }

    @Test
    void datesAreWrittenAsEachLanguageWritesThem() {
        assertThat(Formats.date(NOV_29, Language.ZH)).isEqualTo("2026年11月29日");
        assertThat(Formats.date(NOV_29, Language.RU)).isEqualTo("29 ноября 2026\u202fг.");
        assertThat(Formats.date(NOV_29, Language.EN)).isEqualTo("29 November 2026");
    }

    @Test
    void dateRangesShareWhatTheEndsHaveInCommon() {
        LocalDate may5 = LocalDate.of(2026, 5, 5);
        LocalDate may9 = LocalDate.of(2026, 5, 9);

        assertThat(Formats.dateRange(may5, may9, Language.RU)).isEqualTo("5–9 мая 2026\u202fг.");
        assertThat(Formats.dateRange(may5, may9, Language.EN)).isEqualTo("5\u2009–\u20099 May 2026");
        assertThat(Formats.dateRange(may5, may9, Language.ZH)).isEqualTo("2026年5月5日\u2009–\u20099日");
        assertThat(Formats.dateRange(may5, may5, Language.RU)).isEqualTo("5 мая 2026\u202fг.");
    }

    @Test
    void rangeEndingBeforeItStartsIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> Formats.dateRange(LocalDate.of(2026, 5, 9), LocalDate.of(2026, 5, 5), Language.EN));
    }

    @Test
    void timesUseTheTwentyFourHourClock() {
        LocalTime half2 = LocalTime.of(14, 30);
        for (Language language : Language.values()) {
            assertThat(Formats.time(half2, language)).isEqualTo("14:30");
        }
    }

    @Test
    void numbersGroupDigitsTheLocalWay() {
        assertThat(Formats.number(12345, Language.ZH)).isEqualTo("12,345");
        assertThat(Formats.number(12345, Language.EN)).isEqualTo("12,345");
        assertThat(Formats.number(12345, Language.RU)).isEqualTo("12\u00a0345");
    }

    @Test
    void listsJoinWithTheLanguagesOwnConjunction() {
        assertThat(Formats.list(List.of("焊接", "护理", "旅游"), Language.ZH)).isEqualTo("焊接、护理和旅游");
        assertThat(Formats.list(List.of("сварка", "уход", "туризм"), Language.RU)).isEqualTo("сварка, уход и туризм");
        assertThat(Formats.list(List.of("welding", "nursing", "tourism"), Language.EN)).isEqualTo("welding, nursing and tourism");
    }

    @Test
    void calendarHeadingNamesTheMonthAsAStandaloneWord() {
        YearMonth december = YearMonth.of(2026, 12);
        assertThat(Formats.month(december, Language.ZH)).isEqualTo("2026年12月");
        assertThat(Formats.month(december, Language.RU)).isEqualTo("декабрь 2026\u202fг.");
        assertThat(Formats.month(december, Language.EN)).isEqualTo("December 2026");
    }

    @Test
    void weeksStartOnMonday() {
        assertThat(Formats.weekdays(Language.ZH, true)).containsExactly("一", "二", "三", "四", "五", "六", "日");
        assertThat(Formats.weekdays(Language.RU, true)).containsExactly("пн", "вт", "ср", "чт", "пт", "сб", "вс");
        assertThat(Formats.weekdays(Language.EN, true)).startsWith("Mo").endsWith("Su");
        assertThat(Formats.weekdays(Language.RU, false).get(0)).isEqualTo("понедельник");
        assertThat(Formats.weekdays(Language.EN, false).get(6)).isEqualTo("Sunday");
    }

    @Test
    void countriesAreNamedInTheReadersLanguage() {
        assertThat(Formats.country("RU", Language.ZH)).isEqualTo("俄罗斯");
        assertThat(Formats.country("DE", Language.RU)).isEqualTo("Германия");
        assertThat(Formats.country("JP", Language.EN)).isEqualTo("Japan");
    }
}
