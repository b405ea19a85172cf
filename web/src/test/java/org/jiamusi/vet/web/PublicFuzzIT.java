package org.jiamusi.vet.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small fuzz corpus ({@code src/test/resources/fuzz/}) over every public query parameter and path
 * segment, and a list of odd addresses sent as written: no answer is a server error, no answer
 * names an exception or shows a stack frame, no HTML or XML answer gives a value back unescaped,
 * no value makes a header of its own, and nothing under WEB-INF is ever served.
 */
class PublicFuzzIT extends DeployedSiteTest {

    /** An exception's class name or a stack frame, as a server error page would show them. */
    private static final Pattern EXCEPTION = Pattern.compile(
            "\\b(?:java|jakarta|javax|org|com|io)\\.[\\w.$]+(?:Exception|Error)\\b|\\bat (?:java|jakarta|org|com|io)\\.[\\w.$]+\\(");
    /** What a value holding markup would look like on a page that gives it back unescaped. */
    private static final List<String> MARKUP = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg/onload=alert(1)>");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.site();
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void everyFuzzValueInEveryPublicParameterAndSegmentIsAnsweredWithoutAServerError() throws Exception {
        List<String> values = lines("values.txt").stream().map(PublicFuzzIT::unescape).toList();
        List<String> targets = lines("targets.txt");
        assertThat(values).hasSizeGreaterThan(30);
        assertThat(targets).hasSizeGreaterThan(40);
        List<String> problems = new ArrayList<>();
        int requests = 0;
        for (String target : targets) {
            boolean inQuery = target.indexOf('?') >= 0 && target.indexOf('?') < target.indexOf("{}");
            for (String value : values) {
                String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
                String path = target.replace("{}", inQuery ? encoded : encoded.replace("+", "%20"));
                check(path, value, problems);
                requests++;
            }
        }
        assertThat(requests).isEqualTo(values.size() * targets.size());
        assertThat(problems).isEmpty();
    }

    @Test
    void oddAddressesAreAnsweredWithoutAServerErrorAndNeverServeWhatIsHidden() throws Exception {
        List<String> problems = new ArrayList<>();
        List<String> paths = lines("paths.txt");
        assertThat(paths).hasSizeGreaterThan(15);
        for (String path : paths) {
            HttpResponse<String> answer = check(path, null, problems);
            if (answer != null && (answer.body().contains("<web-app") || answer.body().contains("<ui:composition"))) {
                problems.add(path + ": served a hidden file");
            }
        }
        assertThat(problems).isEmpty();
    }

    private HttpResponse<String> check(String path, String value, List<String> problems) throws IOException, InterruptedException {
        URI uri;
        try {
            uri = URI.create(base + path);
        } catch (IllegalArgumentException notSendable) {
            return null;
        }
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String body = answer.body();
        if (answer.statusCode() >= 500) {
            problems.add(path + ": " + answer.statusCode());
        }
        if (EXCEPTION.matcher(body).find()) {
            problems.add(path + ": names an exception");
        }
        if (answer.headers().map().keySet().stream().anyMatch(name -> name.equalsIgnoreCase("fuzz"))
                || answer.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("fuzz="))) {
            problems.add(path + ": the value made a header of its own");
        }
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (value != null && (type.startsWith("text/html") || type.contains("xml"))) {
            MARKUP.stream().filter(value::contains).filter(body::contains).findFirst()
                    .ifPresent(markup -> problems.add(path + ": gives " + markup + " back unescaped"));
        }
        return answer;
    }

    private static List<String> lines(String name) throws IOException {
        try (InputStream in = PublicFuzzIT.class.getResourceAsStream("/fuzz/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No fuzz/" + name + " on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        }
    }

    /** Decodes the escapes the corpus writes control characters with: \t, \r, \n, and a backslash-u with four hex digits. */
    private static String unescape(String line) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(i + 1);
                if (next == 'u' && i + 5 < line.length()) {
                    out.append((char) Integer.parseInt(line.substring(i + 2, i + 6), 16));
                    i += 5;
                    continue;
                }
                if (next == 'r' || next == 'n' || next == 't') {
                    out.append(next == 'r' ? '\r' : next == 'n' ? '\n' : '\t');
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }
}
