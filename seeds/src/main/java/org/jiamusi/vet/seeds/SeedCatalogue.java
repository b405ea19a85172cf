package org.jiamusi.vet.seeds;


import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed files on the class path. Each folder has an {@code index.txt} naming its files in load
 * order, because a class-path folder cannot be listed portably inside an application server.
 */
final class SeedCatalogue {

    static final String PROGRAMMES = "seeds/programmes/";

    private SeedCatalogue() {
    }

    static List<SeedItem> programmes() {
        List<SeedItem> drafts = new ArrayList<>();
        for (String file : index(PROGRAMMES)) {
            try (InputStream in = open(PROGRAMMES + file)) {
                drafts.add(ProgrammeSeedFile.read(in, file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return drafts;
    }

    static List<String> index(String folder) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(folder + "index.txt"), StandardCharsets.UTF_8))) {
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
