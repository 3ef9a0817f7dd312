package org.csomarathon.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** A link people will open: an absolute http(s) address of reasonable length. */
public record WebLink(String value) {

    public static final int MAX = 500;

    public WebLink {
        value = value == null ? "" : value.strip();
        if (value.length() > MAX || !isWeb(value)) {
            throw new BusinessException("platform.link.invalid", value);
        }
    }

    private static boolean isWeb(String candidate) {
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** An optional link: blank means none. */
    public static String optional(String typed) {
        return typed == null || typed.isBlank() ? null : new WebLink(typed).value();
    }

    @Override
    public String toString() {
        return value;
    }
}
