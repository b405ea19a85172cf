package org.jiamusi.vet.search.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One engine node for all the engine-backed tests of a test run, started on first use on free
 * ports and stopped when the test JVM ends.
 */
public final class SharedEngine {

    private static EngineNode node;

    private SharedEngine() {
    }

    public static synchronized EngineNode node() {
        if (node == null) {
            Path classpath = Path.of(System.getProperty("engine.classpath.file", "target/engine.classpath"));
            Path base = Path.of(System.getProperty("engine.data.dir", "target/engine"));
            try {
                deleteRecursively(base);
                node = EngineNode.start(classpath, base, freePort(), freePort());
            } catch (IOException e) {
                throw new UncheckedIOException("The search engine node did not start", e);
            }
            System.out.printf("Search engine node: OpenSearch on %s, green in %d ms%n",
                    node.baseUrl(), node.lastStartDuration().toMillis());
        }
        return node;
    }

    /** Each test run starts from an empty node: data of an earlier run belongs to another cluster. */
    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
