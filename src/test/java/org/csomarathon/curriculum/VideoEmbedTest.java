package org.csomarathon.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class VideoEmbedTest {

    @Test
    void knownHostsBecomeTheirPlayersBuiltFromTheVideoId() {
        assertEquals(Optional.of("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
                VideoEmbed.playerFor("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42"));
        assertEquals(Optional.of("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
                VideoEmbed.playerFor("https://youtu.be/dQw4w9WgXcQ"));
        assertEquals(Optional.of("https://rutube.ru/play/embed/0123456789abcdef0123456789abcdef"),
                VideoEmbed.playerFor("https://rutube.ru/video/0123456789abcdef0123456789abcdef/"));
        assertEquals(Optional.of("https://vk.com/video_ext.php?oid=-123&id=456"),
                VideoEmbed.playerFor("https://vk.com/video-123_456"));
    }

    @Test
    void anythingElseIsNotFramed() {
        assertEquals(Optional.empty(), VideoEmbed.playerFor("https://evil.example.org/watch?v=dQw4w9WgXcQ"));
        assertEquals(Optional.empty(), VideoEmbed.playerFor("https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ"));
        assertEquals(Optional.empty(), VideoEmbed.playerFor("javascript:alert(1)//youtu.be/dQw4w9WgXcQ"));
        assertEquals(Optional.empty(), VideoEmbed.playerFor("http://youtu.be/dQw4w9WgXcQ"), "only https");
    }
}
