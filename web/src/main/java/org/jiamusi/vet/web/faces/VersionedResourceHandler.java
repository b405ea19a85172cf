package org.jiamusi.vet.web.faces;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import org.jiamusi.vet.web.infra.BuildVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Puts a fingerprint of the content into the URL of our own resources ({@code css/site.css},
 * {@code js/site.js}: those without a library), so they can be cached for a year like PrimeFaces'
 * versioned ones and a new build's changes still reach every reader at once.
 */
public class VersionedResourceHandler extends ResourceHandlerWrapper {

    private final Map<String, String> versions = new ConcurrentHashMap<>();

    public VersionedResourceHandler(ResourceHandler wrapped) {
        super(wrapped);
    }

    /** The form {@code #{resource['img/interests.svg']}} uses. */
    @Override
    public Resource createResource(String resourceName) {
        Resource resource = super.createResource(resourceName);
        return resource != null ? versioned(resource) : resource;
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        Resource resource = super.createResource(resourceName, libraryName);
        return libraryName == null && resource != null ? versioned(resource) : resource;
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        Resource resource = super.createResource(resourceName, libraryName, contentType);
        return libraryName == null && resource != null ? versioned(resource) : resource;
    }

    private Resource versioned(Resource resource) {
        String version = versions.computeIfAbsent(resource.getResourceName(), name -> fingerprint(resource));
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                return path + (path.contains("?") ? "&" : "?") + "v=" + version;
            }
        };
    }

    private static String fingerprint(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return BuildVersion.fingerprint(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
