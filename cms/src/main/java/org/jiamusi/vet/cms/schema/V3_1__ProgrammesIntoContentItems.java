package org.jiamusi.vet.cms.schema;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.i18n.Language;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves the programmes of the first schema into the editorial core: each becomes a published
 * content item with the same id, one revision holding its content, its slugs (current and former),
 * and translations made from that revision. Written in Java because building the revision's JSON
 * portably in SQL on both H2 and PostgreSQL is not practical.
 */
public class V3_1__ProgrammesIntoContentItems extends BaseJavaMigration {

    private static final String AUTHOR = "migration";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Timestamp now = Timestamp.from(Instant.now());
        long maxId = 0;
        long revisionId = 0;
        for (OldProgramme programme : programmes(connection)) {
            maxId = Math.max(maxId, programme.id);
            revisionId++;
            insertItem(connection, programme, now);
            insertRevision(connection, revisionId, programme, now);
            insertSlugs(connection, programme.id);
            insertTranslations(connection, programme, now);
        }
        try (Statement statement = connection.createStatement()) {
            // Hibernate's pooled ids run up to a block ahead of the sequence: leave room above the moved rows.
            statement.execute("ALTER SEQUENCE content_item_seq RESTART WITH " + (maxId + 100));
            statement.execute("ALTER SEQUENCE content_revision_seq RESTART WITH " + (revisionId + 100));
        }
    }

    private record OldProgramme(long id, String ref, String code, String level, String pathway, Integer durationYears,
                                boolean sample, Map<Language, Map<String, String>> texts) {
    }

    private static List<OldProgramme> programmes(Connection connection) throws SQLException {
        List<OldProgramme> programmes = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, ref, code, level, pathway, duration_years, sample FROM programme ORDER BY id")) {
            while (rows.next()) {
                long id = rows.getLong("id");
                int duration = rows.getInt("duration_years");
                programmes.add(new OldProgramme(id, rows.getString("ref"), rows.getString("code"), rows.getString("level"),
                        rows.getString("pathway"), rows.wasNull() ? null : duration, rows.getBoolean("sample"), texts(connection, id)));
            }
        }
        return programmes;
    }

    private static Map<Language, Map<String, String>> texts(Connection connection, long id) throws SQLException {
        Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT lang, title, institution, summary, description, careers FROM programme_text WHERE programme_id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Map<String, String> values = new LinkedHashMap<>();
                    values.put("title", rows.getString("title"));
                    values.put("institutionName", rows.getString("institution"));
                    values.put("summary", rows.getString("summary"));
                    values.put("description", rows.getString("description"));
                    values.put("careers", rows.getString("careers"));
                    texts.put(Language.valueOf(rows.getString("lang")), values);
                }
            }
        }
        return texts;
    }

    private static void insertItem(Connection connection, OldProgramme programme, Timestamp now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO content_item (id, version, type, ref, status, institution_id, current_revision, published_revision,
                    source_revision, sample, created_at, created_by, updated_at, updated_by)
                VALUES (?, 0, 'PROGRAMME', ?, 'PUBLISHED', NULL, 1, 1, 1, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, programme.id);
            insert.setString(2, programme.ref);
            insert.setBoolean(3, programme.sample);
            insert.setTimestamp(4, now);
            insert.setString(5, AUTHOR);
            insert.setTimestamp(6, now);
            insert.setString(7, AUTHOR);
            insert.executeUpdate();
        }
    }

    private static void insertRevision(Connection connection, long revisionId, OldProgramme programme, Timestamp now) throws SQLException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", programme.code);
        fields.put("level", programme.level);
        fields.put("pathway", programme.pathway);
        fields.put("durationYears", programme.durationYears == null ? null : programme.durationYears.toString());
        ContentDraft draft = new ContentDraft(fields, programme.texts);
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO content_revision (id, item_id, number, author, created_at, comment, data)
                VALUES (?, ?, 1, ?, ?, 'moved from the first schema', ?)""")) {
            insert.setLong(1, revisionId);
            insert.setLong(2, programme.id);
            insert.setString(3, AUTHOR);
            insert.setTimestamp(4, now);
            insert.setString(5, draft.toJson());
            insert.executeUpdate();
        }
    }

    private static void insertSlugs(Connection connection, long id) throws SQLException {
        try (PreparedStatement current = connection.prepareStatement("""
                INSERT INTO content_slug (type, lang, slug, item_id, current)
                SELECT 'PROGRAMME', lang, slug, programme_id, TRUE FROM programme_text WHERE programme_id = ?""");
             PreparedStatement former = connection.prepareStatement("""
                INSERT INTO content_slug (type, lang, slug, item_id, current)
                SELECT 'PROGRAMME', lang, slug, programme_id, FALSE FROM programme_old_slug WHERE programme_id = ?""")) {
            current.setLong(1, id);
            current.executeUpdate();
            former.setLong(1, id);
            former.executeUpdate();
        }
    }

    private static void insertTranslations(Connection connection, OldProgramme programme, Timestamp now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO content_translation (item_id, lang, source_revision, updated_at, updated_by) VALUES (?, ?, 1, ?, ?)""")) {
            for (Language language : programme.texts.keySet()) {
                if (language != Language.SOURCE) {
                    insert.setLong(1, programme.id);
                    insert.setString(2, language.name());
                    insert.setTimestamp(3, now);
                    insert.setString(4, AUTHOR);
                    insert.executeUpdate();
                }
            }
        }
    }
}
