package org.jiamusi.vet.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A visitor of the test server from a loopback address of its own (127.0.0.2, 127.0.0.3, …), so that
 * the server sees another remote address than 127.0.0.1, as it would see another office. Java 17's
 * HTTP client cannot choose its local address, so this speaks plain HTTP/1.0 over a socket bound to
 * it (Linux routes all of 127.0.0.0/8 to the loopback interface; the server listens on 127.0.0.1).
 * It keeps cookies and follows no redirects. A forwarded-for header would not do: the server does
 * not trust one, and must not.
 */
final class LoopbackVisitor {

    /** A response: its status, headers by lower-case name, and body. */
    record Response(int status, Map<String, List<String>> headers, String body) {

        Optional<String> header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }
    }

    private final URL base;
    private final InetAddress from;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    LoopbackVisitor(URL base, String fromAddress) throws IOException {
        this.base = base;
        this.from = InetAddress.getByName(fromAddress);
    }

    Response get(String path) throws IOException {
        return exchange("GET", path, null);
    }

    Response post(String path, Map<String, String> fields) throws IOException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return exchange("POST", path, body);
    }

    /** Posts the sign-in form as a person would, after opening it; the answer is the form's redirect. */
    Response signIn(String username, String password) throws IOException {
        Response form = get("admin/login");
        if (form.status() != 200) {
            throw new IllegalStateException("The sign-in page answered " + form.status());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("username", username);
        fields.put("password", password);
        fields.put("signIn", "signIn");
        fields.put("jakarta.faces.ViewState", BackOfficeHttp.viewState(form.body()));
        return post("admin/login", fields);
    }

    /** A path on the server from a Location header, which may be absolute. */
    String pathOf(String location) {
        String path = location.replaceFirst("^https?://[^/]+", "");
        String context = base.getPath();
        return path.startsWith(context) ? path.substring(context.length()) : path.replaceFirst("^/", "");
    }

    private Response exchange(String method, String path, String body) throws IOException {
        // The server listens on 127.0.0.1; "localhost" might resolve to ::1, which 127.0.0.x cannot reach.
        String host = "localhost".equals(base.getHost()) ? "127.0.0.1" : base.getHost();
        int port = base.getPort() < 0 ? base.getDefaultPort() : base.getPort();
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(host, port), 10_000);
            socket.setSoTimeout(60_000);
            StringBuilder request = new StringBuilder()
                    .append(method).append(' ').append(base.getPath()).append(path).append(" HTTP/1.0\r\n")
                    .append("Host: ").append(base.getHost()).append(':').append(port).append("\r\n")
                    .append("Connection: close\r\n");
            if (!cookies.isEmpty()) {
                request.append("Cookie: ").append(cookies.entrySet().stream()
                        .map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "))).append("\r\n");
            }
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                request.append("Content-Type: application/x-www-form-urlencoded\r\n")
                        .append("Content-Length: ").append(content.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    private Response read(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        String raw = new String(all, StandardCharsets.ISO_8859_1);
        int end = raw.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("No complete HTTP response: " + raw);
        }
        String[] lines = raw.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = lines[i].substring(colon + 1).strip();
            headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            if (name.equals("set-cookie")) {
                String pair = value.split(";", 2)[0];
                int equals = pair.indexOf('=');
                cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
        byte[] bodyBytes = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        if (headers.getOrDefault("transfer-encoding", List.of()).stream().anyMatch(v -> v.equalsIgnoreCase("chunked"))) {
            bodyBytes = unchunk(bodyBytes);
        }
        return new Response(status, headers, new String(bodyBytes, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = at;
            while (lineEnd + 1 < chunked.length && !(chunked[lineEnd] == '\r' && chunked[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, length);
            at = lineEnd + 2 + length + 2;
        }
        return body.toByteArray();
    }
}
