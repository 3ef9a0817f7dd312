package org.csomarathon.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.csomarathon.platform.AttendanceExport;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.WebLink;
import org.junit.jupiter.api.Test;

class MeetingRulesTest {

    private static final Instant STARTS = Instant.parse("2027-03-18T15:00:00Z");
    private static final WebLink LINK = new WebLink("https://meet.example.org/marathon-week-1");

    @Test
    void linkIsShownFromAnHourBeforeTheStart() {
        ExpertMeeting meeting = new ExpertMeeting(null, STARTS, 90, null, LINK);
        assertFalse(meeting.linkVisibleAt(STARTS.minus(Duration.ofMinutes(61))));
        assertTrue(meeting.linkVisibleAt(STARTS.minus(Duration.ofMinutes(60))));
        assertTrue(meeting.linkVisibleAt(STARTS.plus(Duration.ofDays(1))), "still there afterwards");
    }

    @Test
    void durationOutsideAQuarterHourToEightHoursIsRefused() {
        assertEquals("curriculum.meeting.duration.range",
                assertThrows(BusinessException.class, () -> new ExpertMeeting(null, STARTS, 5, null, LINK)).messageKey());
        assertThrows(BusinessException.class, () -> new ExpertMeeting(null, STARTS, 481, null, LINK));
    }

    @Test
    void onlyWebAddressesAreLinks() {
        assertEquals("https://meet.example.org/x", new WebLink("  https://meet.example.org/x ").value());
        for (String bad : List.of("javascript:alert(1)", "meet.example.org", "ftp://example.org/f", "", "https://")) {
            assertEquals("platform.link.invalid", assertThrows(BusinessException.class, () -> new WebLink(bad)).messageKey(), bad);
        }
        assertEquals(null, WebLink.optional("  "));
    }

    @Test
    void recordingLinkIsCheckedAndCanBeRemoved() {
        ExpertMeeting meeting = new ExpertMeeting(null, STARTS, 90, null, LINK);
        meeting.recordedAt("https://video.example.org/rec-1");
        assertEquals("https://video.example.org/rec-1", meeting.getRecordingLink());
        assertThrows(BusinessException.class, () -> meeting.recordedAt("javascript:alert(1)"));
        meeting.recordedAt("");
        assertEquals(null, meeting.getRecordingLink());
    }

    @Test
    void exportRowsGiveTheirEmailsAndRowsWithoutOneAreKept() {
        AttendanceExport export = new AttendanceExport("\uFEFFName;Email;Join time\r\n"
                + "Анна Кузнецова;Participant01@Example.org;18.03.2027 18:01\r\n"
                + "\"Гость\";;18.03.2027 18:05\r\n"
                + "Павел, Соколов,participant02@example.org,18:02\n"
                + "\"Ольга\nиз Томска\";olga@example.org;18:07\n"
                + "\n");
        assertEquals(Set.of("participant01@example.org", "participant02@example.org", "olga@example.org"), export.emails());
        assertEquals(List.of(new AttendanceExport.Row(3, "Гость · 18.03.2027 18:05", "")), export.rowsWithoutEmail(),
                "rows are numbered as in the file, their cells shown apart");
    }

    @Test
    void exportFilesAreReadOnlyUpToTheirLimitAndNeverEmpty() throws Exception {
        assertEquals("e-mail\nanna@example.org\n", AttendanceExport.text(
                new ByteArrayInputStream("e-mail\nanna@example.org\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals("curriculum.attendance.fileRequired", assertThrows(BusinessException.class,
                () -> AttendanceExport.text(new ByteArrayInputStream(new byte[0]))).messageKey());
        assertEquals("curriculum.attendance.fileTooLarge", assertThrows(BusinessException.class,
                () -> AttendanceExport.text(new ByteArrayInputStream(new byte[AttendanceExport.MAX_BYTES + 1]))).messageKey());
    }

    @Test
    void anAbsurdlyLongExportIsRefused() {
        String csv = "e-mail\n" + "a@example.org\n".repeat(AttendanceExport.MAX_ROWS + 1);
        assertEquals("curriculum.attendance.tooLong",
                assertThrows(BusinessException.class, () -> new AttendanceExport(csv)).messageKey());
    }
}
