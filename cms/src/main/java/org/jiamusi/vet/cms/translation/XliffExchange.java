package org.jiamusi.vet.cms.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.account.Role;
import org.jiamusi.vet.cms.account.AccessDeniedException;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentItem;
import org.jiamusi.vet.cms.content.ContentSchema;
import org.jiamusi.vet.cms.content.ContentService;
import org.jiamusi.vet.cms.content.ContentValidationException;
import org.jiamusi.vet.cms.content.EditConflictException;
import org.jiamusi.vet.cms.content.FieldDef;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.i18n.TextCharacters;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Exchanges translations with outside translators as XLIFF 2.0 files: Chinese source, Russian or
 * English target, one {@code <file>} per item and one {@code <unit>} per translatable field.
 * <p>
 * Why 2.0 rather than 1.2: it is the current OASIS standard, a document has one language pair
 * ({@code srcLang}/{@code trgLang} on the root), which is exactly one export here, and its metadata
 * module ({@code mda}) carries the item id and the source revision in a standard place instead of
 * private attributes. CAT tools that only speak 1.2 can convert it (Okapi, OmegaT's filters).
 * <p>
 * An import goes item by item through {@link ContentService#save}, so permissions, validation,
 * optimistic locking, history and the audit log apply as for a translator in the editor: an item is
 * saved whole or not at all, and one refused item does not stop the others.
 * <p>
 * The file is read as a stream (StAX), so no nesting can exhaust the stack; groups nested deeper than
 * {@link #MAX_GROUP_DEPTH} refuse the document. A DOCTYPE refuses it too, so no external entity is
 * ever read and no entity expands. Texts are written and read under {@link TextCharacters}: an export
 * drops what XML cannot carry, and a unit whose target holds such a character is refused.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class XliffExchange {

    public static final String XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0";
    public static final String MDA_NS = "urn:oasis:names:tc:xliff:metadata:2.0";
    public static final String META_ITEM = "itemId";
    public static final String META_SOURCE_REVISION = "sourceRevision";
    public static final String META_TYPE = "contentType";
    /** Larger files are refused before parsing. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /**
     * How deep {@code <group>}s may nest in a {@code <file>}. XLIFF 2.0 sets no limit; CAT tools write
     * one or two levels for a document's sections, so 32 is generous, and deeper is an attack or a bug.
     */
    public static final int MAX_GROUP_DEPTH = 32;
    /** How deep any element may nest: the groups, plus the file, unit, segment, target and inline codes inside it. */
    static final int MAX_ELEMENT_DEPTH = MAX_GROUP_DEPTH + 32;

    @Inject
    ContentService content;

    protected XliffExchange() {
        // for CDI
    }

    /** For callers outside a container, which bring a content service working in their transaction. */
    public XliffExchange(ContentService content) {
        this.content = content;
    }

    // ---------------------------------------------------------------- export

    /**
     * The items' working copies as one XLIFF document: each translatable field that has a Chinese
     * text is a unit, with the current translation as its target where there is one.
     */
    public byte[] export(Actor actor, List<Long> itemIds, Language target) {
        requireTarget(target);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = TextCharacters.cleaning(XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8"));
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("xliff");
            xml.writeDefaultNamespace(XLIFF_NS);
            xml.writeNamespace("mda", MDA_NS);
            xml.writeAttribute("version", "2.0");
            xml.writeAttribute("srcLang", Language.SOURCE.code());
            xml.writeAttribute("trgLang", target.code());
            for (Long id : itemIds.stream().distinct().toList()) {
                ContentItem item = content.find(id).orElseThrow(() -> new IllegalArgumentException("No item " + id));
                requireReader(actor, item);
                writeFile(xml, item, content.workingCopy(id), content.schema(item.getType()), target);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write XLIFF", e);
        }
        return out.toByteArray();
    }

    private static void writeFile(XMLStreamWriter xml, ContentItem item, ContentDraft draft, ContentSchema schema, Language target)
            throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("file");
        xml.writeAttribute("id", "item-" + item.getId());
        xml.writeAttribute("original", item.getType().code() + "/" + item.getRef());
        xml.writeStartElement(MDA_NS, "metadata");
        xml.writeStartElement(MDA_NS, "metaGroup");
        xml.writeAttribute("category", "vet-portal");
        meta(xml, META_ITEM, item.getId().toString());
        meta(xml, META_SOURCE_REVISION, Integer.toString(item.getSourceRevision()));
        meta(xml, META_TYPE, item.getType().code());
        xml.writeEndElement();
        xml.writeEndElement();
        for (FieldDef field : schema.translatableFields()) {
            String source = draft.text(Language.SOURCE, field.name());
            if (source == null) {
                continue;
            }
            String translation = draft.text(target, field.name());
            xml.writeCharacters("\n    ");
            xml.writeStartElement("unit");
            xml.writeAttribute("id", field.name());
            xml.writeAttribute("name", field.name());
            xml.writeStartElement("segment");
            xml.writeAttribute("state", translation == null ? "initial" : "translated");
            xml.writeStartElement("source");
            xml.writeCharacters(source);
            xml.writeEndElement();
            if (translation != null) {
                xml.writeStartElement("target");
                xml.writeCharacters(translation);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void meta(XMLStreamWriter xml, String type, String value) throws XMLStreamException {
        xml.writeStartElement(MDA_NS, "meta");
        xml.writeAttribute("type", type);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    // ---------------------------------------------------------------- import

    /** Applies a translator's XLIFF file and reports, unit by unit, what changed and what was refused. */
    public ImportReport importXliff(Actor actor, byte[] document) {
        if (document == null || document.length == 0 || document.length > MAX_BYTES) {
            return documentRefused(null, "xliff.refused.malformed", document == null || document.length == 0 ? "empty" : "too large");
        }
        Parsed parsed;
        try {
            parsed = read(document);
        } catch (XMLStreamException | RuntimeException e) {
            return documentRefused(null, "xliff.refused.malformed", e.getMessage());
        }
        if (parsed.refusal() != null) {
            return parsed.refusal();
        }
        List<UnitResult> results = new ArrayList<>();
        for (XliffFile file : parsed.files()) {
            results.addAll(importFile(actor, file, parsed.target()));
        }
        if (results.isEmpty()) {
            return documentRefused(parsed.target(), "xliff.refused.malformed", "no file element");
        }
        return new ImportReport(parsed.target(), results);
    }

    /** One {@code <file>} as read: its metadata, its {@code original}, and each unit's target (null when it has none), in order. */
    private record XliffFile(Map<String, String> meta, String original, Map<String, String> targets) {
    }

    /** What a document holds, or why it is refused whole. */
    private record Parsed(Language target, List<XliffFile> files, ImportReport refusal) {

        static Parsed refused(Language language, String reason, String detail) {
            return new Parsed(language, List.of(), documentRefused(language, reason, detail));
        }
    }

    /**
     * Reads the document in one pass, keeping only what an import needs. The path of open elements
     * is kept as a list (no recursion), and reading stops at the first group beyond the limit.
     */
    private static Parsed read(byte[] document) throws XMLStreamException {
        XMLStreamReader xml = inputFactory().createXMLStreamReader(new ByteArrayInputStream(document));
        try {
            Language target = null;
            List<XliffFile> files = new ArrayList<>();
            List<String> path = new ArrayList<>();
            XliffFile file = null;
            String metaType = null;
            String unit = null;
            boolean hasTarget = false;
            int inTarget = 0;
            StringBuilder text = new StringBuilder();
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> {
                        return Parsed.refused(null, "xliff.refused.malformed", "DOCTYPE not allowed");
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = name(xml);
                        String parent = path.isEmpty() ? null : path.get(path.size() - 1);
                        path.add(name);
                        if (path.size() > MAX_ELEMENT_DEPTH) {
                            return Parsed.refused(target, "xliff.refused.tooDeep", "elements nested more than " + MAX_ELEMENT_DEPTH + " deep");
                        }
                        if (inTarget > 0) {
                            inTarget++;
                        } else if (parent == null) {
                            if (!"x:xliff".equals(name) || !"2.0".equals(attribute(xml, "version"))) {
                                return Parsed.refused(null, "xliff.refused.malformed", "not an XLIFF 2.0 document");
                            }
                            String srcLang = attribute(xml, "srcLang");
                            String trgLang = attribute(xml, "trgLang");
                            Optional<Language> language = Language.ofCode(trgLang.strip().toLowerCase());
                            if (language.isEmpty() || language.get() == Language.SOURCE
                                    || !Language.SOURCE.code().equals(srcLang.strip().toLowerCase())) {
                                return Parsed.refused(null, "xliff.refused.wrongLanguage", srcLang + " → " + trgLang);
                            }
                            target = language.get();
                        } else if (path.size() == 2 && "x:file".equals(name)) {
                            file = new XliffFile(new LinkedHashMap<>(), attribute(xml, "original"), new LinkedHashMap<>());
                            files.add(file);
                        } else if (file != null && "x:group".equals(name) && inGroups(path)) {
                            if (path.size() - 2 > MAX_GROUP_DEPTH) {
                                return Parsed.refused(target, "xliff.refused.tooDeep", "groups nested more than " + MAX_GROUP_DEPTH + " deep");
                            }
                        } else if (file != null && "x:unit".equals(name) && inGroups(path)) {
                            unit = attribute(xml, "id");
                            hasTarget = false;
                            text.setLength(0);
                        } else if (unit != null && "x:target".equals(name) && "x:segment".equals(parent)
                                && "x:unit".equals(path.get(path.size() - 3))) {
                            hasTarget = true;
                            inTarget = 1;
                        } else if (file != null && "m:meta".equals(name) && path.size() == 5
                                && path.subList(2, 4).equals(List.of("m:metadata", "m:metaGroup"))) {
                            metaType = attribute(xml, "type");
                            text.setLength(0);
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (inTarget > 0 || metaType != null) {
                            text.append(xml.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        String name = path.remove(path.size() - 1);
                        if (inTarget > 0) {
                            inTarget--;
                        } else if (metaType != null && "m:meta".equals(name)) {
                            file.meta().put(metaType, text.toString().strip());
                            metaType = null;
                        } else if (unit != null && "x:unit".equals(name)) {
                            file.targets().put(unit, hasTarget ? text.toString().strip() : null);
                            unit = null;
                        } else if ("x:file".equals(name) && path.size() == 1) {
                            file = null;
                        }
                    }
                    default -> {
                        // comments, processing instructions, the document's start and end
                    }
                }
            }
            if (target == null) {
                return Parsed.refused(null, "xliff.refused.malformed", "not an XLIFF 2.0 document");
            }
            return new Parsed(target, files, null);
        } finally {
            xml.close();
        }
    }

    /** Whether the element just opened is directly in a file or in its groups (xliff, file, group…, this). */
    private static boolean inGroups(List<String> path) {
        return path.size() >= 3 && "x:file".equals(path.get(1)) && path.subList(2, path.size() - 1).stream().allMatch("x:group"::equals);
    }

    /** An element's name with its namespace as a short prefix: {@code x:} XLIFF core, {@code m:} metadata, else {@code ?:}. */
    private static String name(XMLStreamReader xml) {
        String namespace = xml.getNamespaceURI();
        String prefix = XLIFF_NS.equals(namespace) ? "x:" : MDA_NS.equals(namespace) ? "m:" : "?:";
        return prefix + xml.getLocalName();
    }

    /** An attribute without a namespace, or "" as DOM gives for a missing one. */
    private static String attribute(XMLStreamReader xml, String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? "" : value;
    }

    private List<UnitResult> importFile(Actor actor, XliffFile file, Language language) {
        Map<String, String> meta = file.meta();
        Map<String, String> targets = file.targets();
        Long itemId = parseLong(meta.get(META_ITEM));
        Integer sourceRevision = parseLong(meta.get(META_SOURCE_REVISION)) == null ? null : parseLong(meta.get(META_SOURCE_REVISION)).intValue();
        String ref = file.original();
        Optional<ContentItem> found = itemId == null ? Optional.empty() : content.find(itemId);
        if (found.isEmpty() || sourceRevision == null) {
            return refuseAll(itemId, ref, targets, "xliff.refused.unknownItem", meta.get(META_ITEM));
        }
        return importItem(actor, found.get(), sourceRevision, language, targets);
    }

    private List<UnitResult> importItem(Actor actor, ContentItem item, int sourceRevision, Language language, Map<String, String> targets) {
        long id = item.getId();
        String ref = item.getRef();
        if (actor.has(Role.TRANSLATOR) && !actor.hasAny(Role.ADMINISTRATOR, Role.EDITOR, Role.INSTITUTION_EDITOR)
                && !actor.languages().contains(language)) {
            return refuseAll(id, ref, targets, "xliff.refused.notAllowed", language.code());
        }
        if (sourceRevision != item.getSourceRevision()) {
            return refuseAll(id, ref, targets, "xliff.refused.sourceChanged",
                    "exported from source revision " + sourceRevision + ", now " + item.getSourceRevision());
        }
        ContentSchema schema = content.schema(item.getType());
        ContentDraft working = content.workingCopy(id);
        Map<String, String> texts = new LinkedHashMap<>(working.texts(language));
        List<UnitResult> results = new ArrayList<>();
        boolean refusedUnit = false;
        for (Map.Entry<String, String> unit : targets.entrySet()) {
            String field = unit.getKey();
            String target = unit.getValue();
            OptionalInt forbidden = TextCharacters.firstForbidden(target);
            if (schema.field(field).filter(FieldDef::translatable).isEmpty()) {
                results.add(UnitResult.refused(id, ref, field, "xliff.refused.notTranslatable", null));
                refusedUnit = true;
            } else if (forbidden.isPresent()) {
                // XML 1.1 lets a file carry such characters as references (&#1;); the save would refuse them anyway.
                results.add(UnitResult.refused(id, ref, field, "xliff.refused.forbiddenCharacter",
                        TextCharacters.name(target.codePointAt(forbidden.getAsInt()))));
                refusedUnit = true;
            } else if (target == null || target.isBlank() || target.equals(texts.get(field))) {
                results.add(new UnitResult(id, ref, field, UnitResult.Outcome.UNCHANGED, null, null));
            } else {
                texts.put(field, target);
                results.add(new UnitResult(id, ref, field, UnitResult.Outcome.CHANGED, null, null));
            }
        }
        if (refusedUnit) {
            // Never half an item: the fields that would have changed are refused with it.
            return results.stream().map(r -> r.outcome() == UnitResult.Outcome.CHANGED
                    ? UnitResult.refused(id, ref, r.field(), "xliff.refused.otherUnit", null) : r).toList();
        }
        if (results.stream().noneMatch(r -> r.outcome() == UnitResult.Outcome.CHANGED)) {
            return results;
        }
        try {
            content.save(actor, id, item.getCurrentRevision(), working.withTexts(language, texts), "XLIFF import (" + language.code() + ")");
            return results;
        } catch (ContentValidationException e) {
            String detail = e.violations().stream().map(v -> v.field() + ": " + v.messageKey()).distinct().reduce((a, b) -> a + ", " + b).orElse(null);
            return refuseChanged(results, "xliff.refused.invalid", detail);
        } catch (AccessDeniedException e) {
            return refuseChanged(results, "xliff.refused.notAllowed", e.messageKey());
        } catch (EditConflictException e) {
            return refuseChanged(results, "xliff.refused.editedMeanwhile", e.lastAuthor());
        }
    }

    private static List<UnitResult> refuseChanged(List<UnitResult> results, String reason, String detail) {
        return results.stream().map(r -> r.outcome() == UnitResult.Outcome.CHANGED
                ? UnitResult.refused(r.itemId(), r.ref(), r.field(), reason, detail) : r).toList();
    }

    private static List<UnitResult> refuseAll(Long id, String ref, Map<String, String> targets, String reason, String detail) {
        if (targets.isEmpty()) {
            return List.of(UnitResult.refused(id, ref, null, reason, detail));
        }
        return targets.keySet().stream().map(field -> UnitResult.refused(id, ref, field, reason, detail)).toList();
    }

    private static ImportReport documentRefused(Language language, String reason, String detail) {
        return new ImportReport(language, List.of(UnitResult.refused(null, null, null, reason, detail)));
    }

    /**
     * The JDK's own StAX reader (whatever the server's default), with DTDs and external entities off:
     * a DOCTYPE is refused as soon as it is read, so neither external entities nor entity expansion
     * bombs get in.
     */
    static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("External entity refused: " + systemId);
        });
        return factory;
    }

    private static Long parseLong(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void requireTarget(Language language) {
        if (language == null || language == Language.SOURCE) {
            throw new IllegalArgumentException("XLIFF targets are Russian or English, not " + language);
        }
    }

    private static void requireReader(Actor actor, ContentItem item) {
        if (actor.has(Role.INSTITUTION_EDITOR) && !actor.hasAny(Role.ADMINISTRATOR, Role.EDITOR, Role.REVIEWER, Role.TRANSLATOR)
                && !Objects.equals(actor.institutionId(), item.getInstitutionId())) {
            throw new AccessDeniedException("content.denied.otherInstitution", actor.username());
        }
    }

}
