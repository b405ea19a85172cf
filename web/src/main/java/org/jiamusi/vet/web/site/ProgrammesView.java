package org.jiamusi.vet.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.jiamusi.vet.cms.institution.District;
import org.jiamusi.vet.cms.institution.PublishedInstitution;
import org.jiamusi.vet.cms.programme.Level;
import org.jiamusi.vet.cms.programme.Pathway;
import org.jiamusi.vet.cms.programme.ProgrammeService;
import org.jiamusi.vet.cms.programme.PublishedProgramme;
import org.jiamusi.vet.i18n.Collation;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.search.SearchPage;
import org.jiamusi.vet.search.SearchQuery;
import org.jiamusi.vet.search.SearchType;
import org.jiamusi.vet.search.SiteSearch;
import org.jiamusi.vet.web.infra.Section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /{lang}/programmes?level=…&district=…&sort=…&page=…}: programmes a page at a time, with
 * facets (level, pathway, county or district, institution) and their counts, in title order (the
 * reader's collation) or by level. Read from the search index, which keeps a collation key per
 * language, so a page costs the same with twenty programmes or twenty thousand.
 *
 * <p>Everything the reader chose is in the address: facets and sort are links, and the compare
 * checkboxes are a GET form, so the page works without JavaScript and keeps no session. The
 * programmes already picked for comparison ({@code p}) travel with every link, so a parent can
 * filter, tick, filter again and tick again.
 */
@Named
@RequestScoped
public class ProgrammesView {

    static final List<String> FILTERS = List.of("level", "district", "pathway", "institution");
    /** The facets a parent reaches for first stay open on a phone; the others open when they hold a choice. */
    private static final Set<String> OPEN_FACETS = Set.of("level", "district");
    static final List<String> SORTS = List.of("title", "level");

    @Inject
    SiteSearch search;

    @Inject
    ProgrammeService programmes;

    @Inject
    CurrentPage page;

    @Inject
    HttpServletRequest request;

    private SearchPage results;
    private List<ProgrammeCard> cards;
    private List<String> picked;

    public List<ProgrammeCard> getCards() {
        if (cards == null) {
            cards = results().hits().stream()
                    .map(hit -> programmes.find(hit.id()))
                    .flatMap(Optional::stream)
                    .map(programme -> ProgrammeCard.of(programme, page))
                    .toList();
        }
        return cards;
    }

    /** Before rendering: the same filtered list in every language, for the language switcher and hreflang. */
    public void load() {
        String query = query(filters(), getSort(), getPageNumber());
        for (Language language : Language.values()) {
            page.alternate(language, Section.PROGRAMME.listPath() + query);
        }
    }

    public long getTotal() {
        return results().total();
    }

    /** The index could not be reached and the list comes from the database, without facets. */
    public boolean isFallback() {
        return results().fallback();
    }

    public int getPageNumber() {
        String value = request.getParameter("page");
        return value != null && value.matches("\\d{1,5}") ? Math.max(1, Integer.parseInt(value)) : 1;
    }

    public int getPageCount() {
        return (int) Math.max(1, (getTotal() + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE);
    }

    /** The link to another page of the same filtered list. */
    public String pageLink(int number) {
        return link(filters(), getSort(), number);
    }

    /** {@code title} (the default) or {@code level}. */
    public String getSort() {
        String value = request.getParameter("sort");
        return value != null && SORTS.contains(value) ? value : SORTS.get(0);
    }

    /** The orders on offer, each with the link that applies it. */
    public List<Choice> getSorts() {
        return SORTS.stream().map(sort -> new Choice(sort, link(filters(), sort, 1), sort.equals(getSort()))).toList();
    }

    /** The facets as the page shows them: each value with its count, the link that applies it and whether it is applied. */
    public List<Facet> getFacets() {
        List<Facet> facets = new ArrayList<>();
        Map<String, String> applied = filters();
        Map<Long, PublishedInstitution> institutions = institutionsInFacet();
        for (String name : FILTERS) {
            List<FacetValue> values = new ArrayList<>();
            results().facets().getOrDefault(name, Map.of()).forEach((value, count) -> {
                Map<String, String> next = new LinkedHashMap<>(applied);
                boolean active = value.equals(applied.get(name));
                if (active) {
                    next.remove(name);
                } else {
                    next.put(name, value);
                }
                InstitutionLink institution = name.equals("institution")
                        ? Optional.ofNullable(institutions.get(Long.valueOf(value))).map(i -> InstitutionLink.of(i, page)).orElse(null)
                        : null;
                if (name.equals("institution") && institution == null) {
                    return; // an institution no longer published has no name to show
                }
                values.add(new FacetValue(value, institution == null ? null : institution.name(),
                        institution == null ? null : institution.lang(), count, link(next, getSort(), 1), active));
            });
            values.sort(order(name));
            if (!values.isEmpty()) {
                facets.add(new Facet(name, OPEN_FACETS.contains(name) || applied.containsKey(name), values));
            }
        }
        return facets;
    }

    /** Whether any filter is applied, for the "show all" link. */
    public boolean isFiltered() {
        return !filters().isEmpty();
    }

    public String getClearLink() {
        return link(Map.of(), getSort(), 1);
    }

    /** Where the compare form goes. */
    public String getCompareAction() {
        return page.path("/programmes/compare");
    }

    public int getCompareMax() {
        return CompareSelection.MAX;
    }

    /** Whether the reader already ticked this programme, on this or an earlier visit to the list. */
    public boolean isPicked(ProgrammeCard card) {
        return pickedIds().contains(card.id());
    }

    /** The slugs already picked that are not on this page, kept in the form as hidden fields. */
    public List<String> getPickedElsewhere() {
        Set<Long> shown = new HashSet<>();
        getCards().forEach(card -> shown.add(card.id()));
        List<String> elsewhere = new ArrayList<>();
        for (String slug : picked()) {
            programmes.findForReader(page.getLanguage(), slug)
                    .filter(programme -> !shown.contains(programme.id()))
                    .ifPresent(programme -> elsewhere.add(slug));
        }
        return elsewhere;
    }

    private Set<Long> pickedIds() {
        Set<Long> ids = new HashSet<>();
        for (String slug : picked()) {
            programmes.findForReader(page.getLanguage(), slug).map(PublishedProgramme::id).ifPresent(ids::add);
        }
        return ids;
    }

    private List<String> picked() {
        if (picked == null) {
            picked = CompareSelection.read(request).stream().filter(CompareSelection::isSlug).toList();
        }
        return picked;
    }

    private Map<Long, PublishedInstitution> institutionsInFacet() {
        List<Long> ids = results().facets().getOrDefault("institution", Map.of()).keySet().stream().map(Long::valueOf).toList();
        return programmes.institutions(ids);
    }

    /** Levels, pathways and districts in their natural order; institutions by name in the reader's collation. */
    private Comparator<FacetValue> order(String facet) {
        return switch (facet) {
            case "level" -> Comparator.comparingInt(v -> Level.valueOf(v.value()).ordinal());
            case "pathway" -> Comparator.comparingInt(v -> Pathway.valueOf(v.value()).ordinal());
            case "district" -> Comparator.comparingInt(v -> District.valueOf(v.value()).ordinal());
            default -> Collation.byName(page.getLanguage(), FacetValue::name);
        };
    }

    private SearchPage results() {
        if (results == null) {
            SearchQuery.Order order = getSort().equals("level") ? SearchQuery.Order.LEVEL : SearchQuery.Order.TITLE;
            results = search.search(new SearchQuery("", page.getLanguage(), SearchType.PROGRAMME, filters(),
                    getPageNumber(), order));
        }
        return results;
    }

    /** The filters of the address that name a value that exists; anything else is ignored rather than failing. */
    private Map<String, String> filters() {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : FILTERS) {
            String value = request.getParameter(name);
            if (value != null && valid(name, value)) {
                filters.put(name, value);
            }
        }
        return filters;
    }

    private static boolean valid(String name, String value) {
        return switch (name) {
            case "level" -> isConstant(Level.class, value);
            case "pathway" -> isConstant(Pathway.class, value);
            case "district" -> isConstant(District.class, value);
            default -> value.matches("\\d{1,18}");
        };
    }

    private static <E extends Enum<E>> boolean isConstant(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private String link(Map<String, String> filters, String sort, int pageNumber) {
        return page.path(Section.PROGRAMME.listPath()) + query(filters, sort, pageNumber);
    }

    private String query(Map<String, String> filters, String sort, int pageNumber) {
        List<String> parts = new ArrayList<>();
        filters.forEach((name, value) -> parts.add(name + "=" + value));
        if (!sort.equals(SORTS.get(0))) {
            parts.add("sort=" + sort);
        }
        if (pageNumber > 1) {
            parts.add("page=" + pageNumber);
        }
        if (!picked().isEmpty()) {
            parts.add(CompareSelection.parameter(picked()));
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    /** A facet; {@code open} says whether its list starts unfolded. */
    public record Facet(String name, boolean open, List<FacetValue> values) {
    }

    /** A facet value; {@code name} and {@code lang} are set for values the bundles do not name (institutions). */
    public record FacetValue(String value, String name, String lang, long count, String link, boolean active) {
    }

    /** A choice among links, such as a sort order. */
    public record Choice(String value, String link, boolean active) {
    }
}
