package org.madoguchi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Posts to console forms over plain HTTP, as a request made by hand would: one session (a cookie), HTTP Basic for
 * the account, the view state read from the page, and only the fields the test names.
 */
public final class FacesPosts {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final String user;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** {@code user} is "name:password". */
    public FacesPosts(URL base, String user) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        this.user = user;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** The view state of the first form on the page, which a post back to it must carry. */
    public static String viewState(HttpResponse<String> page) {
        Matcher m = VIEW_STATE.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("no view state on " + page.uri() + ": " + page.body());
        }
        return m.group(1);
    }

    /** Posts {@code fields} as a form, url-encoded; with {@code ajax}, as a Faces partial request. */
    public HttpResponse<String> post(String path, Map<String, String> fields, boolean ajax) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/x-www-form-urlencoded");
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")))));
    }

    /** The fields of a press of {@code button} in form {@code form}, with the page's view state. */
    public static Map<String, String> press(String form, String button, String viewState) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(form, form);
        fields.put(form + ":" + button, "x");
        fields.put("jakarta.faces.ViewState", viewState);
        return fields;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html").header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
