package org.jiamusi.vet.cms.content;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.jiamusi.vet.cms.institution.District;
import org.jiamusi.vet.cms.institution.Institution;
import org.jiamusi.vet.cms.institution.InstitutionKind;
import org.jiamusi.vet.cms.institution.InstitutionProjection;
import org.jiamusi.vet.cms.institution.InstitutionText;
import org.jiamusi.vet.cms.testing.DraftBuilder;
import org.jiamusi.vet.cms.testing.Institutions;
import org.jiamusi.vet.cms.testing.TestDatabase;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

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
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ProjectionsContract {

    private static final String TITLE = ContentSchema.TITLE;

    private final InstitutionProjection institutions = new InstitutionProjection();

    private TestDatabase database;
    private EntityManagerFactory emf;

    abstract TestDatabase.Kind kind();

    @BeforeAll
    void startDatabase() {
        database = TestDatabase.migrated(kind());
        emf = database.entityManagerFactory();
    }

    @AfterAll
    void dropDatabase() throws Exception {
        emf.close();
        database.close();
    }

    @Test
    void institutionIsPublishedChangedAndWithdrawn() {
        long id = newItem(ContentType.INSTITUTION, Institutions.REF);
        ContentDraft complete = Institutions.jiamusiVocationalInstitute().build();

        publish(institutions, id, complete, Institutions.SLUGS);

        assertStored(Institution.class, id, institution -> {
            assertThat(institution.getKind()).isEqualTo(InstitutionKind.HIGHER_VOCATIONAL_COLLEGE);
            assertThat(institution.getDistrict()).isEqualTo(District.XIANGYANG);
            assertThat(institution.getLatitude()).isEqualByComparingTo(Institutions.LATITUDE);
            assertThat(institution.getLongitude()).isEqualByComparingTo(Institutions.LONGITUDE);
            assertThat(institution.getPhone()).isEqualTo(Institutions.PHONE_VALUE);
            assertThat(institution.getEmail()).isEqualTo(Institutions.EMAIL_VALUE);
            assertThat(institution.getWebsite()).isEqualTo(Institutions.WEBSITE_VALUE);
            assertTexts(institution.getTexts(), complete, Institutions.SLUGS, ProjectionsContract::values, InstitutionText::getSlug);
        });

        ContentDraft moved = DraftBuilder.from(complete)
                .field(InstitutionProjection.DISTRICT, District.JIAO)
                .field(InstitutionProjection.PHONE, null)
                .text(Language.ZH, InstitutionProjection.ADDRESS, "黑龙江省佳木斯市郊区")
                .without(Language.EN)
                .build();
        publish(institutions, id, moved, Institutions.SLUGS);

        assertStored(Institution.class, id, institution -> {
            assertThat(institution.getDistrict()).isEqualTo(District.JIAO);
            assertThat(institution.getPhone()).isNull();
            assertThat(institution.text(Language.EN)).isEmpty();
            assertTexts(institution.getTexts(), moved, Institutions.SLUGS, ProjectionsContract::values, InstitutionText::getSlug);
        });

        withdraw(institutions, id);
        assertGone(Institution.class, id);
    }

    // --- the published texts, read back under the draft's keys ---------------------------------

    private static Map<String, String> values(InstitutionText text) {
        return values(TITLE, text.getTitle(), InstitutionProjection.SUMMARY, text.getSummary(),
                InstitutionProjection.DESCRIPTION, text.getDescription(), InstitutionProjection.ADDRESS, text.getAddress(),
                InstitutionProjection.HONOURS, text.getHonours());
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
     * (for a type with pages, when {@code slugOf} is given) the slug of each language.
     */
    private static <T> void assertTexts(Map<Language, T> stored, ContentDraft draft, Map<Language, String> slugs,
                                        Function<T, Map<String, String>> valuesOf, Function<T, String> slugOf) {
        Map<Language, Map<String, String>> storedValues = new EnumMap<>(Language.class);
        stored.forEach((language, text) -> storedValues.put(language, valuesOf.apply(text)));
        assertThat(storedValues).isEqualTo(draft.texts());
        if (slugOf != null) {
            stored.forEach((language, text) -> assertThat(slugOf.apply(text)).as("slug in %s", language).isEqualTo(slugs.get(language)));
        }
    }

    // --- database plumbing ------------------------------------------------------------------------

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
        EntityManager em = emf.createEntityManager();
        try {
            E entity = em.find(type, id);
            assertThat(entity).as("%s %d", type.getSimpleName(), id).isNotNull();
            expectations.accept(entity);
        } finally {
            em.close();
        }
    }

    private <E> void assertGone(Class<E> type, long id) {
        EntityManager em = emf.createEntityManager();
        try {
            assertThat(em.find(type, id)).as("%s %d", type.getSimpleName(), id).isNull();
        } finally {
            em.close();
        }
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
