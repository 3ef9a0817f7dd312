package org.csomarathon.it;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * One person's browser, without the browser: keeps cookies, does not follow redirects, and
 * posts Faces forms with their view state, as a real form post would.
 */
public final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public WebSession(URL base) {
        // Payara Micro reports its public interface; it listens on the loopback only.
        this.base = URI.create("http://127.0.0.1:" + base.getPort() + base.getPath());
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public record Page(int status, String body, Optional<String> location, HttpHeaders headers) {

        public String viewState() {
            Matcher m = VIEW_STATE.matcher(body);
            if (!m.find()) {
                throw new AssertionError("No Faces view state on the page (status " + status + "):\n" + body);
            }
            return m.group(1);
        }

        /** The page as a browser would parse it, to read what a person reads. */
        public Document html() {
            return Jsoup.parse(body);
        }

        /** The page's heading, as the person reads it. */
        public String heading() {
            return text("main h1");
        }

        /** The messages above the page's content (errors and confirmations), in order; no-break spaces read as spaces. */
        public List<String> messages() {
            return texts("#messages li").stream().map(m -> m.replaceAll("[\u00a0\u202f]", " ")).toList();
        }

        /** The messages a PrimeFaces partial (ajax) response puts in the page's message box. */
        public List<String> partialMessages() {
            return Jsoup.parse(body, "", Parser.xmlParser()).select("update[id=messages]").stream()
                    .flatMap(update -> Jsoup.parse(update.text()).select("li").stream()).map(Element::text).toList();
        }

        /** The text of the one element {@code css} selects; fails if none or several do. */
        public String text(String css) {
            Elements found = html().select(css);
            if (found.size() != 1) {
                throw new AssertionError(found.size() + " elements match " + css + " (status " + status + "):\n" + body);
            }
            return found.get(0).text();
        }

        /** The texts of every element {@code css} selects, in the page's order. */
        public List<String> texts(String css) {
            return html().select(css).eachText();
        }

        /** The text of the one element {@code css} selects, without its child elements' text. */
        public String ownText(String css) {
            text(css);
            return html().selectFirst(css).ownText();
        }

        /** The rows of the body of the one table {@code css} selects, each as its cells' texts. */
        public List<List<String>> rows(String css) {
            text(css);
            return html().selectFirst(css).select("tbody > tr").stream().map(tr -> tr.children().stream().map(Element::text).toList()).toList();
        }

        /** What a definition list says of {@code term}: the text of the one {@code dd} after a {@code dt} reading it. */
        public String fact(String term) {
            List<Element> terms = html().select("dl > dt").stream().filter(dt -> dt.text().equals(term)).toList();
            if (terms.size() != 1) {
                throw new AssertionError(terms.size() + " terms read " + term + ":\n" + body);
            }
            return terms.get(0).nextElementSibling().text();
        }

        /** Whether {@code css} selects anything on the page. */
        public boolean has(String css) {
            return !html().select(css).isEmpty();
        }

        /** The cells of the table row whose first cell reads {@code first}; fails if no row or several do. */
        public List<String> row(String first) {
            List<Element> rows = html().select("tr").stream()
                    .filter(tr -> !tr.children().isEmpty() && tr.child(0).text().equals(first))
                    .toList();
            if (rows.size() != 1) {
                throw new AssertionError(rows.size() + " rows begin with " + first + ":\n" + body);
            }
            return rows.get(0).children().stream().map(Element::text).toList();
        }
    }

    /** The server's root, where Payara Micro serves /health and /metrics. */
    public Page getFromRoot(String absolutePath) {
        return send(HttpRequest.newBuilder(base.resolve(absolutePath)).GET().build());
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    /** Opens {@code path} as a proxy that ended HTTPS forwards it (HAProxy: X-Forwarded-Proto). */
    public Page getBehindHttps(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("X-Forwarded-Proto", "https").GET().build());
    }

    /** Opens {@code path}, fills the form's fields (ids without the form prefix) and presses {@code button}. */
    public Page submit(String path, String form, Map<String, String> fields, String button) {
        return post(path, form, fields, button, get(path).viewState());
    }

    /** Posts the form with the given view state, as a page left open in a tab would. */
    public Page post(String path, String form, Map<String, String> fields, String button, String viewState) {
        Map<String, List<String>> many = new LinkedHashMap<>();
        fields.forEach((id, value) -> many.put(id, List.of(value)));
        return postMany(path, form, many, button, viewState);
    }

    /** Like {@link #submit}, for fields that carry several values (checkbox groups). */
    public Page submitMany(String path, String form, Map<String, List<String>> fields, String button) {
        return postMany(path, form, fields, button, get(path).viewState());
    }

    private Page postMany(String path, String form, Map<String, List<String>> fields, String button, String viewState) {
        List<String[]> post = new ArrayList<>();
        post.add(new String[] {form, form});
        fields.forEach((id, values) -> values.forEach(v -> post.add(new String[] {form + ":" + id, v})));
        post.add(new String[] {form + ":" + button, form + ":" + button});
        post.add(new String[] {"jakarta.faces.ViewState", viewState});
        String body = post.stream()
                .map(e -> URLEncoder.encode(e[0], StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e[1], StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Opens {@code path} and sends its multipart form with one file, as a browser's upload would. */
    public Page upload(String path, String form, String fileField, String fileName, String content, String button) {
        String boundary = "----marathon-test-" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put(form, form);
        parts.put(form + ":" + button, form + ":" + button);
        parts.put("jakarta.faces.ViewState", get(path).viewState());
        parts.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(form).append(':').append(fileField)
                .append("\"; filename=\"").append(fileName).append("\"\r\n")
                .append("Content-Type: text/csv\r\n\r\n").append(content).append("\r\n")
                .append("--").append(boundary).append("--\r\n");
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build());
    }

    /**
     * Sends one file as PrimeFaces' advanced (ajax) upload box does, into the view left open as
     * {@code viewState}; the bytes are streamed, never copied whole.
     */
    public Page ajaxUpload(String path, String form, String component, String fileName, String contentType,
                           byte[] content, String viewState) {
        String boundary = "----marathon-test-" + System.nanoTime();
        String clientId = form + ":" + component;
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put(form, form);
        parts.put("jakarta.faces.partial.ajax", "true");
        parts.put("jakarta.faces.source", clientId);
        parts.put("jakarta.faces.partial.execute", clientId);
        parts.put("jakarta.faces.partial.render", form + ":files");
        parts.put("jakarta.faces.ViewState", viewState);
        parts.put(clientId + "_totalFilesCount", "1");
        StringBuilder head = new StringBuilder();
        parts.forEach((name, value) -> head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(clientId)
                .append("\"; filename=\"").append(fileName).append("\"\r\n")
                .append("Content-Type: ").append(contentType).append("\r\n\r\n");
        String tail = "\r\n--" + boundary + "--\r\n";
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofString(head.toString(), StandardCharsets.UTF_8),
                        HttpRequest.BodyPublishers.ofByteArray(content),
                        HttpRequest.BodyPublishers.ofString(tail, StandardCharsets.UTF_8)))
                .build());
    }

    /** A download: status, headers, and the SHA-256 of the body, which is read as a stream. */
    public record Download(int status, HttpHeaders headers, long size, String sha256) {
    }

    public Download download(String path) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (InputStream in = response.body()) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; size += n) {
                    digest.update(buffer, 0, n);
                }
            }
            return new Download(response.statusCode(), response.headers(), size,
                    HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new AssertionError("Download of " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A small download read whole, to check what the file holds; the status must be 200. */
    public byte[] bytes(String path) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError(request.uri() + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new AssertionError("Download of " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public Page signIn(String email, String password) {
        return submit("signin.xhtml", "signin", Map.of("email", email, "password", password), "submit");
    }

    /** A cookie as the browser's script sets it, for the whole site. */
    public void cookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    /** The session cookie's value, if the server has given one. */
    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equalsIgnoreCase("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location"),
                    response.headers());
        } catch (IOException e) {
            throw new AssertionError("Request to " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
