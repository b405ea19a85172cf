package org.jiamusi.vet.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jiamusi.vet.cms.content.LocalizedText;
import org.jiamusi.vet.cms.content.PublicItem;
import org.jiamusi.vet.cms.content.PublicItemList;
import org.jiamusi.vet.cms.content.PublicItems;
import org.jiamusi.vet.cms.cooperation.CooperationProject;
import org.jiamusi.vet.cms.cooperation.CooperationProjectText;
import org.jiamusi.vet.cms.event.Event;
import org.jiamusi.vet.cms.event.EventService;
import org.jiamusi.vet.cms.event.EventText;
import org.jiamusi.vet.cms.event.PublishedEvent;
import org.jiamusi.vet.cms.experience.ExperienceCourse;
import org.jiamusi.vet.cms.experience.ExperienceCourseText;
import org.jiamusi.vet.cms.experience.ExperienceService;
import org.jiamusi.vet.cms.experience.PublishedCentre;
import org.jiamusi.vet.cms.experience.PublishedSession;
import org.jiamusi.vet.cms.experience.SessionText;
import org.jiamusi.vet.cms.institution.Institution;
import org.jiamusi.vet.cms.institution.InstitutionText;
import org.jiamusi.vet.cms.programme.Programme;
import org.jiamusi.vet.cms.programme.ProgrammeText;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.web.infra.Section;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The open-data API: {@code GET /api/v1/{programmes|institutions|experiences|events|cooperation}}
 * lists the published items of a type a page at a time ({@code ?lang=&page=&size=}), and
 * {@code GET /api/v1/{type}/{id or slug}} answers one. Texts are in the requested language or the
 * first of its fallback chain, and {@code lang} and {@code fallback} say which; facts are enum
 * codes, ISO dates and numbers. Everything here is described in {@code openapi.json}, and a test
 * holds the two together.
 * <p>
 * A page costs a fixed number of queries whatever its size: the items, their texts in batches,
 * and one query for each kind of item they refer to.
 */
@Path("/v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
// One persistence context for the whole answer, so the references of a page load in batches.
@Transactional
public class OpenDataResource {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final int MAX_PAGE = 100_000;

    @Inject
    PublicItemList list;

    @Inject
    PublicItems items;

    @Inject
    EventService events;

    @Inject
    ExperienceService experiences;

    // ------------------------------------------------------------------ answers

    /** A page of a list, with the links a client follows to walk it. */
    @JsonbNillable
    public record ListPage<T>(String lang, int page, int size, long total, int pages, Links links, List<T> items) {
    }

    @JsonbNillable
    public record Links(String self, String first, String last, String prev, String next) {
    }

    /** An item another refers to, titled in the reader's language; {@code url} is its page, where it has one. */
    @JsonbNillable
    public record Ref(Long id, String title, String url) {
    }

    @JsonbNillable
    public record ProgrammeItem(String type, long id, String slug, String url, String lang, boolean fallback,
                                String title, String summary, String description, String code, String level,
                                String pathway, Integer durationYears, Ref institution, String district, String cluster,
                                boolean featured, String careers, String certificates, String admission) {
    }

    @JsonbNillable
    public record InstitutionItem(String type, long id, String slug, String url, String lang, boolean fallback,
                                  String title, String summary, String description, String kind, String district,
                                  BigDecimal latitude, BigDecimal longitude, String address, String phone, String email,
                                  String website, List<String> honours) {
    }

    @JsonbNillable
    public record ExperienceItem(String type, long id, String slug, String url, String lang, boolean fallback,
                                 String title, String summary, String description, String interestArea,
                                 List<String> grades, Integer durationMinutes, Ref centre, String whatYouMake,
                                 String safetyNotes, List<SessionItem> sessions) {
    }

    @JsonbNillable
    public record SessionItem(long id, String date, String startTime, String endTime, int capacity, String place, String lang) {
    }

    @JsonbNillable
    public record EventItem(String type, long id, String slug, String url, String lang, boolean fallback,
                            String title, String summary, String description, String kind, String startDate,
                            String endDate, String startTime, String endTime, Ref institution, String venue,
                            boolean registrationRequired, String registrationUrl) {
    }

    @JsonbNillable
    public record CooperationItem(String type, long id, String slug, String url, String lang, boolean fallback,
                                  String title, String summary, String description, String kind, String partnerCountry,
                                  String partner, Integer startYear, List<Ref> institutions) {
    }

    // ------------------------------------------------------------------ the sections and their endpoints

    /** The path segments of the sections, as the endpoints' templates match them. */
    static final String SECTIONS = "programmes|institutions|experiences|events|cooperation";

    /**
     * One section of the API: how a page of its items is read and counted, how one is found by id or
     * slug, and how a list of them becomes the answer's items in a reader's language.
     */
    private record Listing<E, I>(Section type, BiFunction<Integer, Integer, List<E>> page, LongSupplier count,
                                 BiFunction<String, Language, E> find, BiFunction<List<E>, Language, List<I>> answer) {

        ListPage<I> list(String lang, String page, String size) {
            Paging paging = Paging.of(type, lang, page, size);
            return paging.answer(count.getAsLong(), answer.apply(this.page.apply(paging.first(), paging.size()), paging.language()));
        }

        I one(String key, Language reader) {
            return answer.apply(List.of(find.apply(key, reader)), reader).get(0);
        }
    }

    /** A section whose items are listed in the order of {@link PublicItemList}. */
    private <E extends PublicItem, I> Listing<E, I> listed(Section type, Class<E> entity, BiFunction<List<E>, Language, List<I>> answer) {
        return new Listing<>(type, (first, size) -> list.page(entity, first, size), () -> list.count(entity),
                (key, reader) -> find(type, entity, key, reader), answer);
    }

    private Map<String, Listing<?, ?>> sections() {
        return Stream.of(
                        listed(Section.PROGRAMME, Programme.class, this::programmeItems),
                        listed(Section.INSTITUTION, Institution.class, OpenDataResource::institutionItems),
                        listed(Section.EXPERIENCE, ExperienceCourse.class, this::experienceItems),
                        new Listing<>(Section.EVENT, events::page, events::count,
                                (key, reader) -> PublishedEvent.of(find(Section.EVENT, Event.class, key, reader)), this::eventItems),
                        listed(Section.COOPERATION, CooperationProject.class, this::cooperationItems))
                .collect(Collectors.toMap(section -> section.type().path(), section -> section));
    }

    /** A page of a section's list: {@code /api/v1/programmes?lang=&page=&size=}. */
    @GET
    @Path("/{section: " + SECTIONS + "}")
    public ListPage<?> list(@PathParam("section") String section, @QueryParam("lang") String lang,
                            @QueryParam("page") String page, @QueryParam("size") String size) {
        return sections().get(section).list(lang, page, size);
    }

    /** One item of a section by id or slug: {@code /api/v1/programmes/{key}?lang=}. */
    @GET
    @Path("/{section: " + SECTIONS + "}/{key}")
    public Object one(@PathParam("section") String section, @PathParam("key") String key, @QueryParam("lang") String lang) {
        return sections().get(section).one(key, language(lang));
    }

    // ------------------------------------------------------------------ the items of each section

    private List<ProgrammeItem> programmeItems(List<Programme> found, Language reader) {
        Map<Long, Institution> institutions = list.byIds(Institution.class, ids(found, Programme::getInstitutionId));
        return found.stream().map(p -> {
            LocalizedText<ProgrammeText> shown = shown(p.getTexts(), reader, p.getId());
            ProgrammeText t = shown.text();
            Ref institution = Optional.ofNullable(institutions.get(p.getInstitutionId()))
                    .map(i -> ref(Section.INSTITUTION, i, i.getTexts(), reader, InstitutionText::getTitle, InstitutionText::getSlug))
                    .orElse(t.getInstitution() == null ? null : new Ref(null, t.getInstitution(), null));
            return new ProgrammeItem(Section.PROGRAMME.code(), p.getId(), t.getSlug(), url(Section.PROGRAMME, reader, t.getSlug()),
                    shown.language().code(), shown.fallback(), t.getTitle(), t.getSummary(), t.getDescription(),
                    p.getCode(), name(p.getLevel()), name(p.getPathway()), p.getDurationYears(), institution, name(p.getDistrict()),
                    t.getCluster() != null ? t.getCluster() : p.getCluster(), p.featured(), t.getCareers(), t.getCertificates(), t.getAdmission());
        }).toList();
    }

    private static List<InstitutionItem> institutionItems(List<Institution> found, Language reader) {
        return found.stream().map(i -> institutionItem(i, reader)).toList();
    }

    private static InstitutionItem institutionItem(Institution i, Language reader) {
        LocalizedText<InstitutionText> shown = shown(i.getTexts(), reader, i.getId());
        InstitutionText t = shown.text();
        return new InstitutionItem(Section.INSTITUTION.code(), i.getId(), t.getSlug(), url(Section.INSTITUTION, reader, t.getSlug()),
                shown.language().code(), shown.fallback(), t.getTitle(), t.getSummary(), t.getDescription(),
                name(i.getKind()), name(i.getDistrict()), i.getLatitude(), i.getLongitude(), t.getAddress(), i.getPhone(), i.getEmail(),
                i.getWebsite(), lines(t.getHonours()));
    }

    private List<ExperienceItem> experienceItems(List<ExperienceCourse> found, Language reader) {
        Map<Long, List<PublishedSession>> sessions = experiences.sessionsOf(ids(found, ExperienceCourse::getId));
        Map<Long, PublishedCentre> centres = experiences.centres(ids(found, ExperienceCourse::getCentreId));
        return found.stream().map(c -> {
            LocalizedText<ExperienceCourseText> shown = shown(c.getTexts(), reader, c.getId());
            ExperienceCourseText t = shown.text();
            Ref centre = Optional.ofNullable(centres.get(c.getCentreId()))
                    .map(centreOf -> new Ref(centreOf.id(), shown(centreOf.texts(), reader, centreOf.id()).text().getTitle(), null))
                    .orElse(null);
            List<String> grades = new ArrayList<>();
            if (c.isForPrimary()) {
                grades.add("PRIMARY");
            }
            if (c.isForJuniorMiddle()) {
                grades.add("JUNIOR_MIDDLE");
            }
            if (c.isForSeniorMiddle()) {
                grades.add("SENIOR_MIDDLE");
            }
            List<SessionItem> sessionItems = sessions.getOrDefault(c.getId(), List.of()).stream().map(s -> {
                Optional<LocalizedText<SessionText>> place = shownIfAny(s.texts(), reader);
                return new SessionItem(s.id(), iso(s.date()), iso(s.startTime()), iso(s.endTime()), s.capacity(),
                        place.map(p -> p.text().getPlace()).orElse(null), place.map(p -> p.language().code()).orElse(null));
            }).toList();
            return new ExperienceItem(Section.EXPERIENCE.code(), c.getId(), t.getSlug(), url(Section.EXPERIENCE, reader, t.getSlug()),
                    shown.language().code(), shown.fallback(), t.getTitle(), t.getSummary(), t.getDescription(),
                    name(c.getInterestArea()), grades, c.getDurationMinutes(), centre, t.getWhatYouMake(), t.getSafetyNotes(), sessionItems);
        }).toList();
    }

    private List<EventItem> eventItems(List<PublishedEvent> found, Language reader) {
        Map<Long, Institution> institutions = list.byIds(Institution.class, ids(found, PublishedEvent::institutionId));
        return found.stream().map(e -> {
            LocalizedText<EventText> shown = shown(e.texts(), reader, e.id());
            EventText t = shown.text();
            Ref host = Optional.ofNullable(institutions.get(e.institutionId()))
                    .map(i -> ref(Section.INSTITUTION, i, i.getTexts(), reader, InstitutionText::getTitle, InstitutionText::getSlug))
                    .orElse(null);
            return new EventItem(Section.EVENT.code(), e.id(), t.getSlug(), url(Section.EVENT, reader, t.getSlug()),
                    shown.language().code(), shown.fallback(), t.getTitle(), t.getSummary(), t.getDescription(),
                    name(e.kind()), iso(e.startDate()), iso(e.endDate()), iso(e.startTime()), iso(e.endTime()), host,
                    t.getVenue(), e.registrationRequired(), e.registrationUrl());
        }).toList();
    }

    private List<CooperationItem> cooperationItems(List<CooperationProject> found, Language reader) {
        List<Long> partners = found.stream().flatMap(p -> p.getInstitutionIds().stream()).toList();
        Map<Long, Institution> institutions = list.byIds(Institution.class, partners);
        return found.stream().map(p -> {
            LocalizedText<CooperationProjectText> shown = shown(p.getTexts(), reader, p.getId());
            CooperationProjectText t = shown.text();
            List<Ref> taking = p.getInstitutionIds().stream()
                    .map(institutions::get)
                    .filter(Objects::nonNull)
                    .map(i -> ref(Section.INSTITUTION, i, i.getTexts(), reader, InstitutionText::getTitle, InstitutionText::getSlug))
                    .toList();
            return new CooperationItem(Section.COOPERATION.code(), p.getId(), t.getSlug(), url(Section.COOPERATION, reader, t.getSlug()),
                    shown.language().code(), shown.fallback(), t.getTitle(), t.getSummary(), t.getDescription(),
                    name(p.getKind()), p.getPartnerCountry(), t.getPartner(), p.getStartYear(), taking);
        }).toList();
    }

    // ------------------------------------------------------------------ parameters and helpers

    /** A valid request for a page of a list: its language, page number and size. */
    record Paging(Section type, Language language, int page, int size) {

        static Paging of(Section type, String lang, String page, String size) {
            return new Paging(type, OpenDataResource.language(lang), number("page", page, 1, MAX_PAGE, 1), number("size", size, DEFAULT_SIZE, MAX_SIZE, 1));
        }

        int first() {
            return (page - 1) * size;
        }

        <T> ListPage<T> answer(long total, List<T> items) {
            int pages = (int) Math.max(1, (total + size - 1) / size);
            return new ListPage<>(language.code(), page, size, total, pages,
                    new Links(link(page), link(1), link(pages), page > 1 ? link(Math.min(page - 1, pages)) : null,
                            page < pages ? link(page + 1) : null),
                    items);
        }

        private String link(int number) {
            return "/api/v1/" + type.path() + "?lang=" + language.code() + "&page=" + number + "&size=" + size;
        }
    }

    static Language language(String lang) {
        if (lang == null || lang.isBlank()) {
            return Language.SOURCE;
        }
        return Language.ofCode(lang).orElseThrow(() -> new BadRequestException("lang must be zh, ru or en"));
    }

    private static int number(String name, String value, int absent, int max, int min) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        if (!value.matches("\\d{1,9}") || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            throw new BadRequestException(name + " must be a whole number from " + min + " to " + max);
        }
        return Integer.parseInt(value);
    }

    /** The published item a key names: its id, or its slug (current or former) in the reader's language or a fallback's. */
    private <T extends PublicItem> T find(Section type, Class<T> entity, String key, Language reader) {
        Optional<T> found;
        if (key.matches("\\d{1,18}")) {
            found = items.find(entity, Long.parseLong(key));
        } else if (key.length() <= 100 && key.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            found = items.idForReader(type.contentType(), reader, key).flatMap(id -> items.find(entity, id));
        } else {
            throw new BadRequestException("an item is named by its id (digits) or its slug (lower-case letters, digits and hyphens)");
        }
        return found.orElseThrow(() -> new UnknownItemException("no published " + type.code() + " has the id or slug " + key));
    }

    private static <X> LocalizedText<X> shown(Map<Language, X> texts, Language reader, long id) {
        LocalizedText<X> shown = LocalizedText.pick(texts, reader);
        if (shown.text() == null) {
            throw new IllegalStateException("Item " + id + " has no published text");
        }
        return shown;
    }

    private static <X> Optional<LocalizedText<X>> shownIfAny(Map<Language, X> texts, Language reader) {
        LocalizedText<X> shown = LocalizedText.pick(texts, reader);
        return shown.text() == null ? Optional.empty() : Optional.of(shown);
    }

    private static <X> Ref ref(Section type, PublicItem item, Map<Language, X> texts, Language reader,
                               Function<X, String> title, Function<X, String> slug) {
        LocalizedText<X> shown = shown(texts, reader, item.getId());
        return new Ref(item.getId(), title.apply(shown.text()), url(type, reader, slug.apply(shown.text())));
    }

    private static <X> Collection<Long> ids(List<X> found, Function<X, Long> id) {
        return found.stream().map(id).filter(Objects::nonNull).toList();
    }

    static String url(Section type, Language reader, String slug) {
        return type.pathOf(reader, slug);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String iso(LocalTime time) {
        return time == null ? null : time.toString();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
