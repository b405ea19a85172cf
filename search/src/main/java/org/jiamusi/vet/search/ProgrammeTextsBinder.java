package org.jiamusi.vet.search;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.jiamusi.vet.cms.programme.Programme;
import org.jiamusi.vet.cms.programme.ProgrammeText;
import org.jiamusi.vet.i18n.Language;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Indexes each language's text of a programme into fields analysed for that language, so a query
 * in any language or script can match the translation written in it.
 */
public class ProgrammeTextsBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies()
                .use("texts.title")
                .use("texts.institution")
                .use("texts.summary")
                .use("texts.description")
                .use("texts.careers");

        IndexSchemaElement schema = context.indexSchemaElement();
        Map<Language, IndexFieldReference<String>> titles = new EnumMap<>(Language.class);
        Map<Language, IndexFieldReference<String>> bodies = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String analyzer = VetAnalyzers.of(language);
            titles.put(language, schema.field(SearchFields.title(language),
                    f -> f.asString().analyzer(analyzer)).toReference());
            bodies.put(language, schema.field(SearchFields.body(language),
                    f -> f.asString().analyzer(analyzer)).toReference());
        }
        context.bridge(Programme.class, new Bridge(titles, bodies));
    }

    private record Bridge(Map<Language, IndexFieldReference<String>> titles,
                          Map<Language, IndexFieldReference<String>> bodies) implements TypeBridge<Programme> {

        @Override
        public void write(DocumentElement target, Programme programme, TypeBridgeWriteContext context) {
            programme.getTexts().forEach((language, text) -> {
                target.addValue(titles.get(language), text.getTitle());
                target.addValue(bodies.get(language), body(text));
            });
        }

        private static String body(ProgrammeText text) {
            return Stream.of(text.getInstitution(), text.getSummary(), text.getDescription(), text.getCareers())
                    .filter(part -> part != null && !part.isBlank())
                    .collect(Collectors.joining("\n"));
        }
    }
}
