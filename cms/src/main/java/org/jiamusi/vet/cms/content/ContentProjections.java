package org.jiamusi.vet.cms.content;

import java.util.List;
import java.util.ServiceLoader;

/**
 * Every content type's projection outside a container (command line, tests), from
 * {@code META-INF/services}; inside the server CDI finds the same classes as beans.
 */
public final class ContentProjections {

    private ContentProjections() {
    }

    public static List<ContentProjection> all() {
        return ServiceLoader.load(ContentProjection.class, ContentProjections.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .toList();
    }
}
