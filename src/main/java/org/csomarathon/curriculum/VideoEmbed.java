package org.csomarathon.curriculum;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Video links that can be shown inside the page: only hosts whose embed player is known
 * (YouTube without cookies, Rutube, VK Video), rebuilt from the video's id so that no other
 * address ever ends up in a frame (the content security policy allows these three players and
 * no other). Any other video link is shown as a plain link.
 */
public final class VideoEmbed {

    private static final Pattern YOUTUBE = Pattern.compile(
            "^https://(?:www\\.|m\\.)?(?:youtube\\.com/watch\\?(?:.*&)?v=|youtu\\.be/|youtube\\.com/embed/)([A-Za-z0-9_-]{11})(?:[&?#].*)?$");
    private static final Pattern RUTUBE = Pattern.compile("^https://rutube\\.ru/(?:video|play/embed)/([0-9a-f]{32})/?(?:[?#].*)?$");
    private static final Pattern VK = Pattern.compile("^https://(?:vk\\.com|vkvideo\\.ru)/video(-?\\d+)_(\\d+)(?:[?#].*)?$");

    private VideoEmbed() {
    }

    public static Optional<String> playerFor(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = YOUTUBE.matcher(url);
        if (m.matches()) {
            return Optional.of("https://www.youtube-nocookie.com/embed/" + m.group(1));
        }
        m = RUTUBE.matcher(url);
        if (m.matches()) {
            return Optional.of("https://rutube.ru/play/embed/" + m.group(1));
        }
        m = VK.matcher(url);
        if (m.matches()) {
            return Optional.of("https://vk.com/video_ext.php?oid=" + m.group(1) + "&id=" + m.group(2));
        }
        return Optional.empty();
    }
}
