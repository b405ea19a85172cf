package org.jiamusi.vet.seeds;

import org.jiamusi.vet.cms.content.ContentType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed files on the class path, one folder per content type ({@code seeds/<type code>/}), loaded
 * in an order where every item comes after the items it refers to. Each folder has an
 * {@code index.txt} naming its files, because a class-path folder cannot be listed portably inside
 * an application server.
 */
final class SeedCatalogue {

    static final String ROOT = "seeds/";

    /** Institutions first: nearly everything else belongs to or refers to one. */
    static final List<ContentType> LOAD_ORDER = List.of(
            ContentType.INSTITUTION,
            ContentType.TRAINING_BASE,
            ContentType.EXPERIENCE_CENTRE,
            ContentType.EXPERIENCE_COURSE,
            ContentType.PROGRAMME,
            ContentType.EVENT,
            ContentType.COOPERATION_PROJECT,
            ContentType.NEWS_ARTICLE,
            ContentType.PAGE);

    private SeedCatalogue() {
    }

    static String folder(ContentType type) {
        return ROOT + type.code() + "/";
    }

    /** Every seed item, in load order; folders without an index hold nothing yet. */
    static List<SeedItem> all() {
        List<SeedItem> items = new ArrayList<>();
        for (ContentType type : LOAD_ORDER) {
            items.addAll(items(type));
        }
        return items;
    }

    static List<SeedItem> items(ContentType type) {
        List<SeedItem> items = new ArrayList<>();
        if (SeedCatalogue.class.getClassLoader().getResource(folder(type) + "index.txt") == null) {
            return items;
        }
        for (String file : index(type)) {
            try (InputStream in = open(folder(type) + file)) {
                items.add(SeedFile.read(type, in, file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return items;
    }

    static List<String> index(ContentType type) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(folder(type) + "index.txt"), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = SeedCatalogue.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Seed resource missing: " + resource);
        }
        return in;
    }
}
