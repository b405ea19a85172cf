package org.jiamusi.vet.search;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.jiamusi.vet.cms.programme.Programme;

/**
 * The index mapping of the content types, declared here rather than by annotations on the
 * entities so that the {@code cms} module stays free of search concerns.
 */
public class VetSearchMapping implements HibernateOrmSearchMappingConfigurer {

    public static final String PROGRAMME_INDEX = "programme";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();

        TypeMappingStep programme = mapping.type(Programme.class);
        programme.indexed().index(PROGRAMME_INDEX);
        programme.binder(new ProgrammeTextsBinder());
        programme.property("level").keywordField().aggregable(org.hibernate.search.engine.backend.types.Aggregable.YES);
        programme.property("pathway").keywordField().aggregable(org.hibernate.search.engine.backend.types.Aggregable.YES);
    }
}
