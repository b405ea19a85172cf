package org.jiamusi.vet.search.engine;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A real OpenSearch 2.19.1 node, with the smartcn Chinese analysis plugin, running in a JVM of its
 * own so that its Lucene never meets the Lucene of Hibernate Search in the test JVM. The node's
 * class path is written by the build ({@code target/engine.classpath}); this class uses the JDK only.
 *
 * <p>Under the base folder: the node's data in {@code node_1/data}, its logs in {@code node_1/logs},
 * and the child process's output in {@code engine.log}, kept across restarts so that a test can stop
 * the engine and start it again on the same data.
 */
public final class EngineNode implements AutoCloseable {

    public static final String PLUGIN_TYPES = "org.opensearch.plugin.analysis.smartcn.AnalysisSmartChinesePlugin";
    private static final String LAUNCHER_FILE = "EngineLauncher.java";

    /**
     * Main class of the child JVM. Compiled at runtime against the engine classpath (see compileLauncherOnce),
     * so it never touches the test classpath or the Maven build.
     * Why not OpenSearchRunner.main directly: it swallows startup exceptions (bare exit 1), only accepts
     * http ports 9201..9299 and silently moves to the next free one; other settings would need a hand-written opensearch.yml.
     * args: baseDir httpPort transportPort clusterName pluginClasses
     */
    private static final String LAUNCHER_SOURCE = """
            import org.codelibs.opensearch.runner.OpenSearchRunner;

            public class EngineLauncher {
                public static void main(String[] a) throws Exception {
                    OpenSearchRunner runner = new OpenSearchRunner();
                    runner.setMaxHttpPort(-1); // take http.port as given, no probing
                    runner.onBuild((id, s) -> s.put("http.port", a[1]).put("transport.port", a[2])
                            .put("discovery.type", "single-node").put("network.host", "127.0.0.1")
                            .put("cluster.routing.allocation.disk.threshold_enabled", false)
                            .put("action.destructive_requires_name", false));
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        try { runner.close(); } catch (Throwable t) { t.printStackTrace(); }
                    }, "engine-close"));
                    try {
                        runner.build("-basePath", a[0], "-numOfNode", "1", "-clusterName", a[3], "-pluginTypes", a[4],
                                "-baseHttpPort", String.valueOf(Integer.parseInt(a[1]) - 1)); // only for its log line
                    } catch (Throwable t) {
                        t.printStackTrace();
                        System.exit(1);
                    }
                    // Parent watchdog: stdin is a pipe from the test JVM; EOF = parent died (even by SIGKILL).
                    while (System.in.read() >= 0) { }
                    System.out.println("EngineLauncher: parent JVM gone (stdin EOF), shutting down");
                    System.exit(0);
                }
            }
            """;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final String classpath;
    private final Path baseDir;
    private final int httpPort;
    private final int transportPort;
    private final Path logFile;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    private volatile Process process;
    private Duration lastStartDuration;
    private boolean launcherCompiled;

    private EngineNode(String classpath, Path baseDir, int httpPort, int transportPort) {
        this.classpath = classpath;
        this.baseDir = baseDir;
        this.httpPort = httpPort;
        this.transportPort = transportPort;
        this.logFile = baseDir.resolve("engine.log");
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopQuietly, "engine-node-shutdown-" + httpPort));
    }

    /** Starts a node with transport port = httpPort + 100. */
    public static EngineNode start(Path classpathFile, Path baseDir, int httpPort) throws IOException {
        return start(classpathFile, baseDir, httpPort, httpPort + 100);
    }

    public static EngineNode start(Path classpathFile, Path baseDir, int httpPort, int transportPort) throws IOException {
        String cp = Files.readString(classpathFile, StandardCharsets.UTF_8).trim();
        if (cp.isEmpty()) {
            throw new IllegalStateException("Empty engine classpath file " + classpathFile);
        }
        EngineNode node = new EngineNode(cp, baseDir.toAbsolutePath(), httpPort, transportPort);
        node.launch();
        return node;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    public int httpPort() {
        return httpPort;
    }

    public Path logFile() {
        return logFile;
    }

    public Path baseDir() {
        return baseDir;
    }

    public boolean isRunning() {
        Process p = process;
        return p != null && p.isAlive();
    }

    public Optional<Long> pid() {
        Process p = process;
        return p == null ? Optional.empty() : Optional.of(p.pid());
    }

    /** How long the last (re)start took from process launch to yellow. */
    public Duration lastStartDuration() {
        return lastStartDuration;
    }

    /** Launches the child JVM (same baseDir, so same data) and waits for yellow. */
    public synchronized void launch() throws IOException {
        if (isRunning()) {
            throw new IllegalStateException("Engine already running, pid " + process.pid());
        }
        ensurePortFree(httpPort);
        ensurePortFree(transportPort);

        Path launcherClasses = compileLauncherOnce();

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = List.of(
                java.toString(), "-Xms512m", "-Xmx512m",
                "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true",
                "-Dlog4j.shutdownHookEnabled=false", "-Dlog4j2.disable.jmx=true", "-Dlog4j2.formatMsgNoLookups=true",
                "-cp", launcherClasses + File.pathSeparator + classpath,
                "EngineLauncher",
                baseDir.toString(), String.valueOf(httpPort), String.valueOf(transportPort),
                "engine-" + httpPort, PLUGIN_TYPES);

        long logOffset = Files.exists(logFile) ? Files.size(logFile) : 0L;
        long t0 = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .directory(baseDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.PIPE); // kept open: EOF tells the child we are gone
        process = pb.start();

        long deadline = t0 + START_TIMEOUT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                int code = process.exitValue();
                process = null;
                throw new IllegalStateException("Engine exited with code " + code
                        + " before reaching yellow. Log tail:\n" + logTail(logOffset));
            }
            if (isYellowOrGreen()) {
                lastStartDuration = Duration.ofNanos(System.nanoTime() - t0);
                return;
            }
            if (System.nanoTime() > deadline) {
                String tail = logTail(logOffset);
                stop();
                throw new IllegalStateException("Engine not yellow within " + START_TIMEOUT.toSeconds()
                        + " s. Log tail:\n" + tail);
            }
            sleep(250);
        }
    }

    /** Graceful stop: SIGTERM, wait, then SIGKILL. Idempotent. */
    public synchronized void stop() {
        Process p = process;
        if (p == null) {
            return;
        }
        if (p.isAlive()) {
            p.destroy(); // SIGTERM -> runner's shutdown hook closes the node
            try {
                if (!p.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        process = null;
    }

    /** Hard kill (SIGKILL), simulating a crash. Idempotent. */
    public synchronized void kill() {
        Process p = process;
        if (p == null) {
            return;
        }
        p.destroyForcibly();
        try {
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** stop() (if running) then launch() on the same data dir. */
    public synchronized void restart() throws IOException {
        stop();
        launch();
    }

    @Override
    public void close() {
        stop();
    }

    /** GET/PUT/POST/DELETE helper; returns status code and body. */
    public Response request(String method, String path, String jsonBody) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(60));
        if (jsonBody == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json; charset=UTF-8")
             .method(method, HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    public record Response(int status, String body) {
    }

    // ------------------------------------------------------------------ internals

    private boolean isYellowOrGreen() {
        try {
            Response r = request("GET", "/_cluster/health?wait_for_status=yellow&timeout=2s", null);
            return r.status() == 200 && (r.body().contains("\"status\":\"yellow\"") || r.body().contains("\"status\":\"green\""));
        } catch (IOException e) {
            return false; // not listening yet
        }
    }

    /** Shutdown hook: deliberately unsynchronized, so it cannot block behind a launch() that is still waiting. */
    private void stopQuietly() {
        Process p = process;
        if (p != null && p.isAlive()) {
            p.destroy();
            try {
                if (!p.waitFor(15, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
            }
        }
    }

    /**
     * javac (in this JVM, via javax.tools) reads the engine jars only as compile input - nothing is loaded here.
     * Done once per EngineNode (~1 s); cheaper than java's source-file mode, which would recompile on every start.
     * -proc:none: the engine cp contains annotation processors (log4j-core) that must not run.
     */
    private synchronized Path compileLauncherOnce() throws IOException {
        Path out = baseDir.resolve("launcher-classes");
        if (launcherCompiled) {
            return out;
        }
        Files.createDirectories(out);
        Path src = baseDir.resolve(LAUNCHER_FILE);
        Files.writeString(src, LAUNCHER_SOURCE, StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("No system Java compiler: tests must run on a JDK, not a JRE");
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = javac.run(null, err, err, "-proc:none", "-nowarn", "-cp", classpath, "-d", out.toString(), src.toString());
        if (rc != 0) {
            throw new IllegalStateException("Compiling " + src + " failed:\n" + err.toString(StandardCharsets.UTF_8));
        }
        launcherCompiled = true;
        return out;
    }

    private static void ensurePortFree(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            throw new IllegalStateException("Port " + port + " is already in use");
        } catch (ConnectException e) {
            // free
        } catch (IOException e) {
            // timeout etc.: treat as free
        }
    }

    private String logTail(long fromOffset) {
        try (RandomAccessFile f = new RandomAccessFile(logFile.toFile(), "r")) {
            long len = f.length();
            long from = Math.max(fromOffset, len - 8192);
            byte[] buf = new byte[(int) (len - from)];
            f.seek(from);
            f.readFully(buf);
            return new String(buf, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "<no log: " + e + ">";
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
