package org.jiamusi.vet.cms.schema;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.jiamusi.vet.cms.audit.AuditLog;
import org.jiamusi.vet.cms.content.ContentService;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.content.TranslationStatus;
import org.jiamusi.vet.cms.programme.ProgrammeProjection;
import org.jiamusi.vet.cms.programme.ProgrammeService;
import org.jiamusi.vet.cms.programme.PublishedProgramme;
import org.jiamusi.vet.cms.testing.TestDatabase;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database with content in the first schema (programmes with their own slugs and former slugs)
 * upgraded to the current one keeps every programme: published, with its texts, its slugs, and
 * translations counted as made from its first revision.
 */
abstract class UpgradeFromFirstSchemaContract {

    abstract TestDatabase.Kind kind();

    @Test
    void upgradeKeepsEveryProgrammeWithItsTextsAndSlugs() throws Exception {
        try (TestDatabase database = TestDatabase.empty(kind())) {
            SchemaMigrations.migrate(database.dataSource(), "2");
            insertFirstSchemaRows(database);

            SchemaMigrations.migrate(database.dataSource());

            EntityManagerFactory emf = database.entityManagerFactory();
            EntityManager em = emf.createEntityManager();
            try {
                em.getTransaction().begin();
                ContentService content = new ContentService(em, new AuditLog(em, Clock.systemUTC()), Clock.systemUTC(),
                        List.of(new ProgrammeProjection()));
                ProgrammeService programmes = new ProgrammeService(em, content);

                assertThat(programmes.count()).isEqualTo(2);
                PublishedProgramme dental = programmes.findForReader(Language.RU, "tekhnologiya-zubnogo-protezirovaniya").orElseThrow();
                assertThat(dental.text(Language.ZH).orElseThrow().getTitle()).isEqualTo("口腔修复工艺");
                assertThat(dental.text(Language.RU).orElseThrow().getInstitution()).isEqualTo("Профессиональный колледж Цзямусы");
                assertThat(programmes.findForReader(Language.ZH, "kouqiang-xiufu")).contains(dental);

                var item = content.findByRef(ContentType.PROGRAMME, "dental").orElseThrow();
                assertThat(item.getId()).isEqualTo(1L);
                assertThat(item.isLive()).isTrue();
                assertThat(content.workingCopy(item.getId()).text(Language.EN, "title")).isEqualTo("Dental Prosthesis Technology");
                assertThat(content.translationStatus(item.getId()))
                        .containsEntry(Language.RU, TranslationStatus.UP_TO_DATE).containsEntry(Language.EN, TranslationStatus.UP_TO_DATE);
                assertThat(content.translationStatus(content.findByRef(ContentType.PROGRAMME, "nursing").orElseThrow().getId()))
                        .containsEntry(Language.RU, TranslationStatus.MISSING);
                em.getTransaction().commit();
            } finally {
                em.close();
                emf.close();
            }
        }
    }

    private static void insertFirstSchemaRows(TestDatabase database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO programme (id, version, ref, code, level, pathway, duration_years, sample) "
                    + "VALUES (1, 0, 'dental', '', 'SECONDARY_VOCATIONAL', 'NONE', 3, FALSE)");
            sql.execute("INSERT INTO programme (id, version, ref, code, level, pathway, duration_years, sample) "
                    + "VALUES (51, 0, 'nursing', '', 'SECONDARY_VOCATIONAL', 'NONE', NULL, TRUE)");
            sql.execute("INSERT INTO programme_text (programme_id, lang, title, slug, institution, summary, description, careers) "
                    + "VALUES (1, 'ZH', '口腔修复工艺', 'kouqiang-xiufu-gongyi', '佳木斯职业学院', '摘要', '介绍', '口腔技师')");
            sql.execute("INSERT INTO programme_text (programme_id, lang, title, slug, institution, summary, description, careers) "
                    + "VALUES (1, 'RU', 'Технология зубного протезирования', 'tekhnologiya-zubnogo-protezirovaniya', "
                    + "'Профессиональный колледж Цзямусы', 'Кратко', 'Описание', 'зубной техник')");
            sql.execute("INSERT INTO programme_text (programme_id, lang, title, slug, institution, summary, description, careers) "
                    + "VALUES (1, 'EN', 'Dental Prosthesis Technology', 'dental-prosthesis-technology', "
                    + "'Jiamusi Vocational Institute', 'Summary', 'Description', 'dental technician')");
            sql.execute("INSERT INTO programme_text (programme_id, lang, title, slug, institution, summary, description, careers) "
                    + "VALUES (51, 'ZH', '护理', 'huli', '黑龙江省林业卫生学校', '摘要', '介绍', '护士')");
            sql.execute("INSERT INTO programme_old_slug (programme_id, lang, slug) VALUES (1, 'ZH', 'kouqiang-xiufu')");
        }
    }
}
