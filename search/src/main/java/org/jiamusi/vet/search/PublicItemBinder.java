package org.jiamusi.vet.search;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.jiamusi.vet.cms.content.LocalizedText;
import org.jiamusi.vet.cms.content.PublicItem;
import org.jiamusi.vet.cms.content.PublicText;
import org.jiamusi.vet.i18n.Collation;
import org.jiamusi.vet.i18n.Language;
import org.jiamusi.vet.i18n.Pinyin;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Indexes any public item the same way: each language's title and text in fields analysed for that
 * language (so a query in any language or script matches the translation written in it), word
 * prefixes of the titles for suggestions, the Chinese title in pinyin and in initials, and a sort
 * key per language in the reader's collation.
 */
public class PublicItemBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("texts");
        IndexSchemaElement schema = context.indexSchemaElement();
        Fields fields = new Fields(
                schema.field(SearchFields.TYPE, f -> f.asString()).toReference(),
                schema.field(SearchFields.FEATURED, f -> f.asBoolean()).toReference(),
                schema.field(SearchFields.PINYIN_WORDS, f -> f.asString()
                        .analyzer(VetAnalyzers.PINYIN_PREFIXES).searchAnalyzer(VetAnalyzers.PINYIN_QUERY)).toReference(),
                schema.field(SearchFields.PINYIN_INITIALS, f -> f.asString()
                        .analyzer(VetAnalyzers.PINYIN_PREFIXES).searchAnalyzer(VetAnalyzers.PINYIN_QUERY)).toReference(),
                new EnumMap<>(Language.class), new EnumMap<>(Language.class), new EnumMap<>(Language.class), new EnumMap<>(Language.class),
                new EnumMap<>(Language.class));
        for (Language language : Language.values()) {
            String analyzer = VetAnalyzers.of(language);
            fields.titles.put(language, schema.field(SearchFields.title(language), f -> f.asString().analyzer(analyzer)).toReference());
            fields.bodies.put(language, schema.field(SearchFields.body(language), f -> f.asString().analyzer(analyzer)).toReference());
            fields.suggestions.put(language, schema.field(SearchFields.suggest(language), f -> f.asString()
                    .analyzer(VetAnalyzers.suggest(language)).searchAnalyzer(VetAnalyzers.suggestQuery(language))).toReference());
            fields.words.put(language, schema.field(SearchFields.words(language), f -> f.asString()
                    .analyzer(VetAnalyzers.SUGGEST_WORDS_QUERY)).toReference());
            fields.sortKeys.put(language, schema.field(SearchFields.sort(language), f -> f.asString()
                    .sortable(Sortable.YES)).toReference());
        }
        context.bridge(PublicItem.class, new Bridge(fields));
    }

    private record Fields(IndexFieldReference<String> type,
                          IndexFieldReference<Boolean> featured,
                          IndexFieldReference<String> pinyinWords,
                          IndexFieldReference<String> pinyinInitials,
                          Map<Language, IndexFieldReference<String>> titles,
                          Map<Language, IndexFieldReference<String>> bodies,
                          Map<Language, IndexFieldReference<String>> suggestions,
                          Map<Language, IndexFieldReference<String>> sortKeys,
                          Map<Language, IndexFieldReference<String>> words) {
    }

    private record Bridge(Fields fields) implements TypeBridge<PublicItem> {

        @Override
        public void write(DocumentElement target, PublicItem item, TypeBridgeWriteContext context) {
            target.addValue(fields.type, SearchType.of(item.contentType()).orElseThrow().indexName());
            target.addValue(fields.featured, item.featured());
            Map<Language, PublicText> texts = item.publicTexts();
            texts.forEach((language, text) -> {
                target.addValue(fields.titles.get(language), text.title());
                target.addValue(fields.bodies.get(language), text.summary() == null ? text.body()
                        : PublicText.plain(text.summary(), text.body()));
                target.addValue(fields.suggestions.get(language), text.title());
                target.addValue(fields.words.get(language), text.summary() == null ? text.title()
                        : text.title() + "\n" + text.summary());
            });
            for (Language reader : Language.values()) {
                PublicText shown = shownTo(reader, texts);
                if (shown != null) {
                    target.addValue(fields.sortKeys.get(reader), Collation.sortKey(shown.title(), reader));
                }
            }
            PublicText source = texts.get(Language.SOURCE);
            if (source != null) {
                List<List<String>> words = Pinyin.syllablesByWord(source.title());
                target.addValue(fields.pinyinWords, wordSuffixes(words));
                target.addValue(fields.pinyinInitials, initialSuffixes(words));
            }
        }

        private static PublicText shownTo(Language reader, Map<Language, PublicText> texts) {
            return LocalizedText.pick(texts, reader).text();
        }

        /** kouqiangxiufugongyi xiufugongyi gongyi: pinyin typed from any word on, with every prefix indexed. */
        static String wordSuffixes(List<List<String>> words) {
            List<String> suffixes = new ArrayList<>();
            for (int from = 0; from < words.size(); from++) {
                StringBuilder suffix = new StringBuilder();
                for (List<String> word : words.subList(from, words.size())) {
                    word.forEach(suffix::append);
                }
                suffixes.add(suffix.toString());
            }
            return String.join(" ", suffixes);
        }

        /** kqxfgy qxfgy xfgy fgy gy: initials typed from any syllable on. */
        static String initialSuffixes(List<List<String>> words) {
            StringBuilder initials = new StringBuilder();
            words.forEach(word -> word.forEach(syllable -> initials.append(syllable.charAt(0))));
            List<String> suffixes = new ArrayList<>();
            for (int from = 0; from < initials.length() - 1; from++) {
                suffixes.add(initials.substring(from));
            }
            return String.join(" ", suffixes);
        }
    }
}
