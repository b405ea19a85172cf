package org.jiamusi.vet.i18n;

import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Everything the site shows a reader that depends on their language, formatted by ICU4J: messages
 * with named arguments and plural forms, dates, times, date ranges, numbers and lists.
 *
 * <p>Dates are calendar dates of Jiamusi ({@link #CITY_ZONE}); they are formatted in that zone so a
 * server in another zone never shifts a day.
 */
public final class Formats {

    /** The city's time zone: sessions and events take place there. */
    public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");
    private static final TimeZone ICU_CITY_ZONE = TimeZone.getFrozenTimeZone(CITY_ZONE.getId());

    /** Year, month and day; Chinese numbers its months (5月), the others name them in full. */
    private static String dateSkeleton(Language language) {
        return language == Language.ZH ? "yMMMd" : "yMMMMd";
    }

    private static final String TIME_SKELETON = "Hm";

    private Formats() {
    }

    /**
     * Formats an ICU message pattern with named arguments, e.g.
     * {@code {count, plural, one {# курс} few {# курса} many {# курсов} other {# курса}}}.
     */
    public static String message(String pattern, Language language, Map<String, ?> arguments) {
        return new MessageFormat(pattern, uLocale(language)).format(arguments);
    }

    /** {@code 2026年11月29日}, {@code 29 ноября 2026 г.} (a narrow no-break space before «г.»), {@code 29 November 2026}. */
    public static String date(LocalDate date, Language language) {
        DateFormat format = DateFormat.getInstanceForSkeleton(dateSkeleton(language), uLocale(language));
        format.setTimeZone(ICU_CITY_ZONE);
        return format.format(toDate(date, LocalTime.NOON));
    }

    /** {@code 14:30} in each of the site's languages. */
    public static String time(LocalTime time, Language language) {
        DateFormat format = DateFormat.getInstanceForSkeleton(TIME_SKELETON, uLocale(language));
        format.setTimeZone(ICU_CITY_ZONE);
        return format.format(toDate(LocalDate.of(2000, 1, 1), time));
    }

    /** {@code 2026年5月5日 – 9日}, {@code 5–9 мая 2026 г.}, {@code 5 – 9 May 2026} (thin spaces); one date when both are the same. */
    public static String dateRange(LocalDate from, LocalDate to, Language language) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A range ends on or after its start: " + from + " – " + to);
        }
        DateIntervalFormat format = DateIntervalFormat.getInstance(dateSkeleton(language), uLocale(language));
        format.setTimeZone(ICU_CITY_ZONE);
        DateInterval interval = new DateInterval(toDate(from, LocalTime.NOON).getTime(), toDate(to, LocalTime.NOON).getTime());
        return format.formatToValue(interval).toString();
    }

    /** {@code 12,345} in Chinese and English, {@code 12 345} in Russian. */
    public static String number(long value, Language language) {
        return NumberFormatter.withLocale(language.locale()).format(value).toString();
    }

    /** {@code 焊接、护理和旅游}, {@code сварка, уход и туризм}, {@code welding, nursing and tourism}. */
    public static String list(Collection<String> items, Language language) {
        return ListFormatter.getInstance(uLocale(language)).format(items);
    }

    /** {@code 2026年12月}, {@code декабрь 2026 г.}, {@code December 2026}: a calendar's heading. */
    public static String month(YearMonth month, Language language) {
        DateFormat format = DateFormat.getInstanceForSkeleton("yMMMM", uLocale(language));
        format.setTimeZone(ICU_CITY_ZONE);
        return format.format(toDate(month.atDay(1), LocalTime.NOON));
    }

    /**
     * The days of the week from Monday, as a calendar's column heads: {@code 一 … 日}, {@code пн … вс},
     * {@code Mon … Sun} when {@code abbreviated}, else in full ({@code 星期一}, {@code понедельник}, {@code Monday}).
     */
    public static List<String> weekdays(Language language, boolean abbreviated) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(uLocale(language));
        String[] names = symbols.getWeekdays(DateFormatSymbols.STANDALONE,
                abbreviated ? (language == Language.ZH ? DateFormatSymbols.NARROW : DateFormatSymbols.SHORT) : DateFormatSymbols.WIDE);
        // ICU counts from Sunday at index 1
        return List.of(names[2], names[3], names[4], names[5], names[6], names[7], names[1]);
    }

    /** A country's name from its ISO 3166 code: {@code RU} is {@code 俄罗斯}, {@code Россия}, {@code Russia}. */
    public static String country(String isoCode, Language language) {
        return new ULocale("", isoCode).getDisplayCountry(uLocale(language));
    }

    private static ULocale uLocale(Language language) {
        return ULocale.forLocale(language.locale());
    }

    private static Date toDate(LocalDate date, LocalTime time) {
        return Date.from(date.atTime(time).atZone(CITY_ZONE).toInstant());
    }
}
