package org.jiamusi.vet.cms.translation;

import org.jiamusi.vet.cms.audit.AuditEntry;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.content.TranslationStatus;
import org.jiamusi.vet.cms.testing.Actors;
import org.jiamusi.vet.cms.testing.BackOffice;
import org.jiamusi.vet.cms.testing.BackOffice.Services;
import org.jiamusi.vet.cms.testing.DatabaseContract;
import org.jiamusi.vet.cms.testing.Programmes;
import org.jiamusi.vet.cms.testing.TestClock;
import org.jiamusi.vet.i18n.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jiamusi.vet.cms.translation.UnitResult.Outcome.CHANGED;
import static org.jiamusi.vet.cms.translation.UnitResult.Outcome.REFUSED;
import static org.jiamusi.vet.cms.translation.UnitResult.Outcome.UNCHANGED;

/** XLIFF 2.0 export and import through the content service, with every kind of refusal. */
abstract class XliffExchangeContract extends DatabaseContract {

    private static final String ELDERLY_CARE_ZH = "老年保健与管理";
    private static final String ELDERLY_CARE_RU = "Оздоровление и уход за пожилыми людьми";
    private static final String ELDERLY_CARE_EN = "Elderly Health Care and Management";

    private BackOffice office;

    @TempDir
    static Path media;

    @BeforeAll
    void openTheBackOffice() {
        office = new BackOffice(emf(), new TestClock(Instant.parse("2026-12-02T02:00:00Z")), media);
    }

    @Test
    void exportHasOneFilePerItemWithItsIdAndSourceRevisionAndOneUnitPerTranslatableText() {
        long id = create(Programmes.dental());
        String xliff = new String(office.inTransaction((Services s) -> s.xliff().export(Actors.editor(), List.of(id), Language.RU)), StandardCharsets.UTF_8);

        assertThat(xliff).contains("xmlns=\"urn:oasis:names:tc:xliff:document:2.0\"", "version=\"2.0\"", "srcLang=\"zh\"", "trgLang=\"ru\"",
                "<file id=\"item-" + id + "\"", "<mda:meta type=\"itemId\">" + id + "</mda:meta>",
                "<mda:meta type=\"sourceRevision\">1</mda:meta>", "<unit id=\"title\"", "<source>" + Programmes.DENTAL_ZH + "</source>",
                "<target>" + Programmes.DENTAL_RU + "</target>");
        assertThat(xliff).doesNotContain("<unit id=\"level\"");
    }

    @Test
    void importOfATranslatedFileSavesOneRevisionAsTheTranslatorAndReportsEachUnit() {
        long id = create(Programmes.chineseOnly(ELDERLY_CARE_ZH));
        int revision = office.inTransaction((Services s) -> s.content().find(id).orElseThrow().getSourceRevision());

        ImportReport report = importAs(Actors.russianTranslator(), document("ru", file(id, revision, Map.of("title", ELDERLY_CARE_RU))));

        assertThat(report.units()).extracting(UnitResult::itemId, UnitResult::field, UnitResult::outcome).containsExactly(tuple(id, "title", CHANGED));
        ContentDraft saved = office.inTransaction((Services s) -> s.content().workingCopy(id));
        assertThat(saved.text(Language.RU, "title")).isEqualTo(ELDERLY_CARE_RU);
        assertThat(office.inTransaction((Services s) -> s.content().translationStatus(id))).containsEntry(Language.RU, TranslationStatus.UP_TO_DATE);
        assertThat(office.inTransaction((Services s) -> s.content().history(Actors.russianTranslator(), id))).first()
                .satisfies(r -> assertThat(r.author()).isEqualTo(Actors.russianTranslator().username()));
        assertThat(office.inTransaction((Services s) -> s.audit().forItem(id))).extracting(AuditEntry::getAction).endsWith("item.save");

        ImportReport again = importAs(Actors.russianTranslator(), document("ru", file(id, revision, Map.of("title", ELDERLY_CARE_RU))));
        assertThat(again.units()).extracting(UnitResult::outcome).containsExactly(UNCHANGED);
    }

    @Test
    void anItemWhoseSourceChangedSinceTheExportIsRefused() {
        long id = create(Programmes.chineseOnly("眼视光技术"));
        office.inTransaction((Services s) -> s.content().save(Actors.editor(), id, 1, Programmes.chineseOnly("眼视光与配镜"), "renamed"));

        ImportReport report = importAs(Actors.editor(), document("en", file(id, 1, Map.of("title", "Optometry"))));

        assertThat(report.units()).extracting(UnitResult::outcome, UnitResult::reason).containsExactly(tuple(REFUSED, "xliff.refused.sourceChanged"));
        assertThat(office.inTransaction((Services s) -> s.content().workingCopy(id)).hasLanguage(Language.EN)).isFalse();
    }

    @Test
    void everyOtherReasonIsReportedAndARefusedUnitKeepsTheRestOfItsItemUnapplied() {
        long whole = create(Programmes.chineseOnly("会计"));
        long halfBad = create(Programmes.chineseOnly("物流管理"));
        long invalid = create(Programmes.chineseOnly("旅游管理"));
        long forbidden = create(Programmes.chineseOnly("护理"));

        ImportReport report = importAs(Actors.editor(), document("en",
                file(whole, 1, Map.of("title", "Accounting"))
                + file(halfBad, 1, ordered("title", "Logistics Management", "level", "HIGHER_VOCATIONAL"))
                + file(invalid, 1, Map.of("summary", "A summary without a title"))
                + file(987654321L, 1, Map.of("title", "Nothing"))));

        assertThat(report.units()).extracting(UnitResult::itemId, UnitResult::field, UnitResult::outcome, UnitResult::reason).containsExactly(
                tuple(whole, "title", CHANGED, null),
                tuple(halfBad, "title", REFUSED, "xliff.refused.otherUnit"),
                tuple(halfBad, "level", REFUSED, "xliff.refused.notTranslatable"),
                tuple(invalid, "summary", REFUSED, "xliff.refused.invalid"),
                tuple(987654321L, "title", REFUSED, "xliff.refused.unknownItem"));
        assertThat(office.inTransaction((Services s) -> s.content().workingCopy(whole)).text(Language.EN, "title")).isEqualTo("Accounting");
        assertThat(office.inTransaction((Services s) -> s.content().workingCopy(halfBad)).hasLanguage(Language.EN)).isFalse();
        assertThat(office.inTransaction((Services s) -> s.content().find(invalid).orElseThrow().getCurrentRevision())).isEqualTo(1);

        ImportReport english = importAs(Actors.russianTranslator(), document("en", file(forbidden, 1, Map.of("title", "Nursing"))));
        assertThat(english.units()).extracting(UnitResult::reason).containsExactly("xliff.refused.notAllowed");
        ImportReport chinese = importAs(Actors.editor(), document("zh", file(forbidden, 1, Map.of("title", "护理学"))));
        assertThat(chinese.units()).extracting(UnitResult::reason).containsExactly("xliff.refused.wrongLanguage");
        assertThat(office.inTransaction((Services s) -> s.content().find(forbidden).orElseThrow().getCurrentRevision())).isEqualTo(1);
    }

    @Test
    void malformedFilesAndExternalEntitiesAreRefusedWithoutReadingAnything() throws Exception {
        Path secret = Files.writeString(media.resolve("secret-" + UUID.randomUUID() + ".txt"), "SECRET-PASSWORD");
        long id = create(Programmes.chineseOnly("焊接"));
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>"
                + document("en", file(id, 1, Map.of("title", "&leak;"))).substring("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".length());

        ImportReport withEntity = importAs(Actors.editor(), xxe);
        ImportReport broken = importAs(Actors.editor(), "<xliff version=\"2.0\"><file>");
        ImportReport notXliff = importAs(Actors.editor(), "<html/>");

        for (ImportReport report : List.of(withEntity, broken, notXliff)) {
            assertThat(report.units()).extracting(UnitResult::outcome, UnitResult::reason).containsExactly(tuple(REFUSED, "xliff.refused.malformed"));
        }
        assertThat(office.inTransaction((Services s) -> s.content().workingCopy(id)).hasLanguage(Language.EN)).isFalse();
    }

    @Test
    void anExportedFileFilledInByATranslatorComesBackIn() {
        long id = create(Programmes.chineseOnly(ELDERLY_CARE_ZH));
        String exported = new String(office.inTransaction((Services s) -> s.xliff().export(Actors.editor(), List.of(id), Language.EN)), StandardCharsets.UTF_8);
        String translated = exported.replace("<source>" + ELDERLY_CARE_ZH + "</source>",
                "<source>" + ELDERLY_CARE_ZH + "</source><target>" + ELDERLY_CARE_EN + "</target>");

        ImportReport report = importAs(Actors.editor(), translated);

        assertThat(report.count(CHANGED)).isEqualTo(1);
        assertThat(office.inTransaction((Services s) -> s.content().workingCopy(id)).text(Language.EN, "title")).isEqualTo(ELDERLY_CARE_EN);
    }

    @Test
    void twentyThousandNestedGroupsAreRefusedWithAReportLineAndNothingIsApplied() {
        long id = create(Programmes.chineseOnly("冰雪运动"));
        String deep = "<group id=\"g\">".repeat(20_000) + unit("title", "Ice and Snow Sports") + "</group>".repeat(20_000);

        ImportReport report = importAs(Actors.editor(), document("en", fileWith(id, 1, deep)));

        assertThat(report.units()).extracting(UnitResult::outcome, UnitResult::reason).containsExactly(tuple(REFUSED, "xliff.refused.tooDeep"));
        assertThat(office.inTransaction((Services s) -> s.content().workingCopy(id)).hasLanguage(Language.EN)).isFalse();
    }

    @Test
    void groupsNestThirtyTwoDeepButNotThirtyThree() {
        long id = create(Programmes.chineseOnly("智慧农业"));
        String thirtyTwo = "<group id=\"g\">".repeat(32) + unit("title", "Smart Agriculture") + "</group>".repeat(32);
        String thirtyThree = "<group id=\"g\">".repeat(33) + unit("title", "Smart Agriculture") + "</group>".repeat(33);

        ImportReport tooDeep = importAs(Actors.editor(), document("en", fileWith(id, 1, thirtyThree)));
        ImportReport deepEnough = importAs(Actors.editor(), document("en", fileWith(id, 1, thirtyTwo)));

        assertThat(tooDeep.units()).extracting(UnitResult::reason).containsExactly("xliff.refused.tooDeep");
        assertThat(deepEnough.units()).extracting(UnitResult::field, UnitResult::outcome).containsExactly(tuple("title", CHANGED));
        assertThat(office.inTransaction((Services s) -> s.content().workingCopy(id)).text(Language.EN, "title")).isEqualTo("Smart Agriculture");
    }

    @Test
    void aStoredControlCharacterDoesNotBreakTheExportAndTheFileComesBackIn() throws Exception {
        long id = create(Programmes.chineseOnly(ELDERLY_CARE_ZH));
        // As text saved before the rule: written beneath the service, straight into the revision.
        ContentDraft legacy = Programmes.chineseOnly(ELDERLY_CARE_ZH).withTexts(Language.ZH,
                Map.of("title", ELDERLY_CARE_ZH, "summary", "老年\u0001护理\u001F服务\uFFFE"));
        office.inTransaction((Services s) -> s.em().createNativeQuery("update content_revision set data = ?1 where item_id = ?2")
                .setParameter(1, legacy.toJson()).setParameter(2, id).executeUpdate());
        assertThat(office.inTransaction((Services s) -> s.content().workingCopy(id)).text(Language.ZH, "summary")).contains("\u0001");

        byte[] exported = office.inTransaction((Services s) -> s.xliff().export(Actors.editor(), List.of(id), Language.EN));
        org.w3c.dom.Document parsed = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(exported));
        assertThat(parsed.getDocumentElement().getTextContent()).contains("老年护理服务").doesNotContain("\u0001");

        String translated = new String(exported, StandardCharsets.UTF_8)
                .replace("<source>" + ELDERLY_CARE_ZH + "</source>", "<source>" + ELDERLY_CARE_ZH + "</source><target>" + ELDERLY_CARE_EN + "</target>")
                .replace("<source>老年护理服务</source>", "<source>老年护理服务</source><target>Elderly care services</target>");
        ImportReport report = importAs(Actors.editor(), translated);

        assertThat(report.units()).extracting(UnitResult::field, UnitResult::outcome).containsExactly(tuple("title", CHANGED), tuple("summary", CHANGED));
        assertThat(office.inTransaction((Services s) -> s.content().workingCopy(id)).text(Language.EN, "summary")).isEqualTo("Elderly care services");
    }

    @Test
    void aTargetCarryingAControlCharacterIsRefusedUnitByUnit() {
        long id = create(Programmes.chineseOnly("护理"));
        // XML 1.1 lets a file carry U+0001 as a reference; XML 1.0 would not parse at all.
        String xml11 = document("en", file(id, 1, ordered("title", "Nursing", "summary", "Care&#1;giving")))
                .replace("<?xml version=\"1.0\"", "<?xml version=\"1.1\"");

        ImportReport report = importAs(Actors.editor(), xml11);

        assertThat(report.units()).extracting(UnitResult::field, UnitResult::outcome, UnitResult::reason, UnitResult::detail).containsExactly(
                tuple("title", REFUSED, "xliff.refused.otherUnit", null),
                tuple("summary", REFUSED, "xliff.refused.forbiddenCharacter", "U+0001"));
        assertThat(office.inTransaction((Services s) -> s.content().workingCopy(id)).hasLanguage(Language.EN)).isFalse();
    }

    // ------------------------------------------------------------ helpers

    private long create(ContentDraft draft) {
        return office.inTransaction((Services s) -> s.content().create(Actors.editor(), ContentType.PROGRAMME, null, null, false, draft, null).getId());
    }

    private ImportReport importAs(org.jiamusi.vet.cms.account.Actor actor, String xliff) {
        return office.inTransaction((Services s) -> s.xliff().importXliff(actor, xliff.getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, String> ordered(String... fieldsAndTargets) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndTargets.length; i += 2) {
            map.put(fieldsAndTargets[i], fieldsAndTargets[i + 1]);
        }
        return map;
    }

    private static String document(String target, String files) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\""
                + " xmlns:mda=\"urn:oasis:names:tc:xliff:metadata:2.0\" version=\"2.0\" srcLang=\"zh\" trgLang=\"" + target + "\">"
                + files + "</xliff>";
    }

    private static String file(long id, int sourceRevision, Map<String, String> targets) {
        StringBuilder units = new StringBuilder();
        targets.forEach((field, target) -> units.append(unit(field, target)));
        return fileWith(id, sourceRevision, units.toString());
    }

    private static String fileWith(long id, int sourceRevision, String content) {
        return "<file id=\"item-" + id + "\"><mda:metadata><mda:metaGroup category=\"vet-portal\">"
                + "<mda:meta type=\"itemId\">" + id + "</mda:meta><mda:meta type=\"sourceRevision\">" + sourceRevision
                + "</mda:meta></mda:metaGroup></mda:metadata>" + content + "</file>";
    }

    private static String unit(String field, String target) {
        return "<unit id=\"" + field + "\"><segment><source>源</source><target>" + target + "</target></segment></unit>";
    }
}
