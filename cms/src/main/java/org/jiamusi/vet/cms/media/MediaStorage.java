package org.jiamusi.vet.cms.media;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/**
 * Where uploaded files live: a folder on disk, {@code VET_MEDIA_DIR} (or {@code -Dvet.media.dir}),
 * by default {@code media} under the server's data folder. The database keeps only each file's key,
 * a relative path the library made itself; keys of any other form are refused, so no request can
 * reach outside the folder.
 */
@ApplicationScoped
public class MediaStorage {

    private static final Pattern KEY = Pattern.compile("[0-9]{4}/[0-9]{2}/[0-9a-f-]{36}(-thumb)?\\.[a-z]{3,4}");

    private Path root;

    protected MediaStorage() {
        // for CDI: the folder is read from the settings on first use
    }

    public MediaStorage(Path root) {
        this.root = java.util.Objects.requireNonNull(root, "media folder");
    }

    /** Writes a file under its key, atomically: a reader never sees half a file. */
    public void write(String key, byte[] content) {
        Path target = path(key);
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), ".upload", ".part");
            Files.write(partial, content);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store media file " + key, e);
        }
    }

    /** The file of a key, which may not exist. */
    public Path path(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a media storage key: " + key);
        }
        return root().resolve(key);
    }

    public boolean exists(String key) {
        return key != null && KEY.matcher(key).matches() && Files.isRegularFile(path(key));
    }

    public void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete media file " + key, e);
        }
    }

    /** The key of an original's thumbnail. */
    public static String thumbnailKey(String key, String extension) {
        return key.substring(0, key.lastIndexOf('.')) + "-thumb." + extension;
    }

    static boolean isKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    private synchronized Path root() {
        if (root == null) {
            String configured = setting("vet.media.dir", "VET_MEDIA_DIR");
            if (configured == null) {
                String data = System.getProperty("jboss.server.data.dir");
                root = data == null ? Path.of("media") : Path.of(data, "media");
            } else {
                root = Path.of(configured);
            }
        }
        return root;
    }

    private static String setting(String property, String variable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }
}
