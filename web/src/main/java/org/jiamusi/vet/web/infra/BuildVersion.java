package org.jiamusi.vet.web.infra;

import jakarta.servlet.ServletContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

/**
 * A short fingerprint of the deployed application: the contents of its views, templates, styles,
 * scripts, classes and bundles and of the project's own jars, and the names of the libraries (which
 * carry their versions). Every node running the same WAR computes the same value, and any new build
 * changes it, so HTTP validators built on it never outlive the code that rendered the page.
 */
public final class BuildVersion {

    private static final String ATTRIBUTE = BuildVersion.class.getName();

    private BuildVersion() {
    }

    /** The fingerprint of this deployment, computed once. */
    public static String of(ServletContext context) {
        Object known = context.getAttribute(ATTRIBUTE);
        if (known instanceof String version) {
            return version;
        }
        String version = compute(context);
        context.setAttribute(ATTRIBUTE, version);
        return version;
    }

    private static String compute(ServletContext context) {
        MessageDigest digest = sha256();
        for (String path : files(context, "/", new TreeSet<>())) {
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            boolean library = path.startsWith("/WEB-INF/lib/") && !path.startsWith("/WEB-INF/lib/vet-");
            if (!library) {
                try (InputStream in = context.getResourceAsStream(path)) {
                    if (in != null) {
                        digest.update(in.readAllBytes());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    /** Hex fingerprint of some bytes, for the version of one static resource. */
    public static String fingerprint(byte[] content) {
        return HexFormat.of().formatHex(sha256().digest(content)).substring(0, 12);
    }

    private static Set<String> files(ServletContext context, String folder, Set<String> into) {
        Set<String> paths = context.getResourcePaths(folder);
        if (paths != null) {
            for (String path : paths) {
                if (path.endsWith("/")) {
                    files(context, path, into);
                } else {
                    into.add(path);
                }
            }
        }
        return into;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
