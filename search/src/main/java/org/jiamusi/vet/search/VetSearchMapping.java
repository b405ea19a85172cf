package org.jiamusi.vet.search;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.jiamusi.vet.cms.programme.Level;
import org.jiamusi.vet.cms.programme.Programme;

/**
 * The index mapping of the public content types, declared here rather than by annotations on the
 * entities so that the {@code cms} module stays free of search concerns. Every type is indexed
 * alike by {@link PublicItemBinder}; programmes also carry the fields their search facets on.
 */
public class VetSearchMapping implements HibernateOrmSearchMappingConfigurer {

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
        for (SearchType type : SearchType.values()) {
            TypeMappingStep step = mapping.type(type.entity());
            step.indexed().index(type.indexName());
            step.binder(new PublicItemBinder());
        }
        TypeMappingStep programme = mapping.type(Programme.class);
        programme.property("level").keywordField(SearchFields.LEVEL).aggregable(Aggregable.YES).searchable(Searchable.YES)
                .genericField(SearchFields.LEVEL_ORDER).valueBridge(new LevelRank()).sortable(Sortable.YES).searchable(Searchable.NO);
        programme.property("pathway").keywordField(SearchFields.PATHWAY).aggregable(Aggregable.YES);
        programme.property("institutionId").genericField(SearchFields.INSTITUTION).aggregable(Aggregable.YES);
        programme.property("district").keywordField(SearchFields.DISTRICT).aggregable(Aggregable.YES);
        programme.property("cluster").keywordField(SearchFields.CLUSTER).aggregable(Aggregable.YES);
    }

    /** A level as its place in the enum, which runs from secondary vocational to undergraduate. */
    static final class LevelRank implements ValueBridge<Level, Integer> {
        @Override
        public Integer toIndexedValue(Level value, ValueBridgeToIndexedValueContext context) {
            return value == null ? null : value.ordinal();
        }
    }
}
