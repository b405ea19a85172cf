package org.jiamusi.vet.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A back-office user over plain HTTP, as a script would be: signs in through the sign-in form (with
 * its view state and session cookie) and then sends GETs and form posts without following redirects,
 * so a test sees the server's own answer (200, a 302 to the sign-in page, 403).
 */
final class BackOfficeHttp {

    static final String ADMIN = "admin";
    /** Set for the test server in arquillian.xml. */
    static final String ADMIN_PASSWORD = "ice-lanterns-on-the-songhua-2026";

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final URL base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    /** The script nonce of the page last fetched, which a browser's PrimeFaces sends with that page's forms. */
    private String lastNonce;

    private BackOfficeHttp(URL base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Nobody signed in. */
    static BackOfficeHttp anonymous(URL base) {
        return new BackOfficeHttp(base);
    }

    /** Signed in as the given user; fails unless the sign-in form sends them on to the back office. */
    static BackOfficeHttp signedIn(URL base, String username, String password) throws IOException, InterruptedException {
        BackOfficeHttp user = new BackOfficeHttp(base);
        user.signIn(username, password);
        return user;
    }

    /** Signs in through the form, in the session this client has; the sign-in's answer, a redirect to the back office. */
    HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        BackOfficeHttp user = this;
        HttpResponse<String> form = user.get("admin/login");
        if (form.statusCode() != 200) {
            throw new IllegalStateException("The sign-in page answered " + form.statusCode());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("username", username);
        fields.put("password", password);
        fields.put("signIn", "signIn");
        fields.put("jakarta.faces.ViewState", viewState(form.body()));
        HttpResponse<String> answer = user.post("admin/login", fields);
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("/admin/login")) {
            throw new IllegalStateException("Signing in as " + username + " failed: " + answer.statusCode() + " " + location);
        }
        return answer;
    }

    /** The id of the server session this client holds, if any. */
    String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /**
     * A PrimeFaces AJAX post of a page's form, as the browser sends it: the page's view state and
     * the script nonce PrimeFaces checks, the pressed button, the fields, and anything extra.
     */
    HttpResponse<String> ajax(String path, String page, String button, Map<String, String> fields) throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("jakarta.faces.partial.ajax", "true");
        all.put("jakarta.faces.source", button);
        all.put("jakarta.faces.partial.execute", "@all");
        all.put(button, button);
        all.putAll(fields);
        Matcher state = VIEW_STATE.matcher(page);
        all.put("jakarta.faces.ViewState", state.find() ? state.group(1) : "made-up");
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            all.put("primefaces.nonce", nonce.group(1));
        }
        return send(path, all, true);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher nonce = NONCE.matcher(page.body());
        lastNonce = nonce.find() ? nonce.group(1) : null;
        return page;
    }

    /**
     * A form post. Like PrimeFaces' script in a browser, which adds the page's script nonce to each
     * form (PrimeFaces refuses to render a postback without it), it sends the nonce of the page
     * last fetched, unless the fields name one.
     */
    HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (lastNonce != null && fields.containsKey("jakarta.faces.ViewState")) {
            all.putIfAbsent("primefaces.nonce", lastNonce);
        }
        return send(path, all, false);
    }

    private HttpResponse<String> send(String path, Map<String, String> fields, boolean ajax) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        return client.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A small PNG to upload, as an editor would. */
    static byte[] picture() throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0xff0000);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static String viewState(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("No view state in the page");
        }
        return matcher.group(1);
    }
}
