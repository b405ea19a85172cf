package org.jiamusi.vet.cms.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.account.Role;
import org.jiamusi.vet.cms.content.AccessDeniedException;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentItem;
import org.jiamusi.vet.cms.content.ContentSchema;
import org.jiamusi.vet.cms.content.ContentService;
import org.jiamusi.vet.cms.content.ContentValidationException;
import org.jiamusi.vet.cms.content.EditConflictException;
import org.jiamusi.vet.cms.content.FieldDef;
import org.jiamusi.vet.i18n.Language;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
 * saved whole or not at all, and one refused item does not stop the others. The file is parsed with
 * DOCTYPEs refused, so no external entity is ever read.
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
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
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
        Document parsed;
        try {
            parsed = parser().parse(new ByteArrayInputStream(document));
        } catch (SAXException | IOException e) {
            return documentRefused(null, "xliff.refused.malformed", e.getMessage());
        }
        Element root = parsed.getDocumentElement();
        if (!XLIFF_NS.equals(root.getNamespaceURI()) || !"xliff".equals(root.getLocalName()) || !"2.0".equals(root.getAttribute("version"))) {
            return documentRefused(null, "xliff.refused.malformed", "not an XLIFF 2.0 document");
        }
        Optional<Language> target = Language.ofCode(root.getAttribute("trgLang").strip().toLowerCase());
        if (target.isEmpty() || target.get() == Language.SOURCE || !Language.SOURCE.code().equals(root.getAttribute("srcLang").strip().toLowerCase())) {
            return documentRefused(null, "xliff.refused.wrongLanguage", root.getAttribute("srcLang") + " → " + root.getAttribute("trgLang"));
        }
        List<UnitResult> results = new ArrayList<>();
        for (Element file : children(root, XLIFF_NS, "file")) {
            results.addAll(importFile(actor, file, target.get()));
        }
        if (results.isEmpty()) {
            return documentRefused(target.get(), "xliff.refused.malformed", "no file element");
        }
        return new ImportReport(target.get(), results);
    }

    private List<UnitResult> importFile(Actor actor, Element file, Language language) {
        Map<String, String> meta = new LinkedHashMap<>();
        for (Element metadata : children(file, MDA_NS, "metadata")) {
            for (Element group : children(metadata, MDA_NS, "metaGroup")) {
                for (Element entry : children(group, MDA_NS, "meta")) {
                    meta.put(entry.getAttribute("type"), entry.getTextContent().strip());
                }
            }
        }
        Map<String, String> targets = new LinkedHashMap<>();
        for (Element unit : units(file)) {
            String field = unit.getAttribute("id");
            StringBuilder text = new StringBuilder();
            boolean hasTarget = false;
            for (Element segment : children(unit, XLIFF_NS, "segment")) {
                for (Element target : children(segment, XLIFF_NS, "target")) {
                    text.append(target.getTextContent());
                    hasTarget = true;
                }
            }
            targets.put(field, hasTarget ? text.toString().strip() : null);
        }
        Long itemId = parseLong(meta.get(META_ITEM));
        Integer sourceRevision = parseLong(meta.get(META_SOURCE_REVISION)) == null ? null : parseLong(meta.get(META_SOURCE_REVISION)).intValue();
        String ref = file.getAttribute("original");
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
            if (schema.field(field).filter(FieldDef::translatable).isEmpty()) {
                results.add(UnitResult.refused(id, ref, field, "xliff.refused.notTranslatable", null));
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

    /** Units directly in the file or in its groups, at any depth. */
    private static List<Element> units(Element parent) {
        List<Element> units = new ArrayList<>();
        for (Element child : children(parent, XLIFF_NS, null)) {
            if ("unit".equals(child.getLocalName())) {
                units.add(child);
            } else if ("group".equals(child.getLocalName())) {
                units.addAll(units(child));
            }
        }
        return units;
    }

    private static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && Objects.equals(namespace, element.getNamespaceURI())
                    && (localName == null || localName.equals(element.getLocalName()))) {
                found.add(element);
            }
        }
        return found;
    }

    /** A parser that refuses DOCTYPEs, so neither external entities nor entity expansion bombs get in. */
    static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be made safe", e);
        }
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
