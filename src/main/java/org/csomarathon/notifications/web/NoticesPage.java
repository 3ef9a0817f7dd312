package org.csomarathon.notifications.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.notifications.MessageKind;
import org.csomarathon.notifications.Notice;
import org.csomarathon.notifications.Notifications;
import org.csomarathon.platform.web.PageMessages;

/**
 * A person's notices ({@code account/notices.xhtml}), newest first, marked read when opened, and
 * the choice of which e-mails to receive.
 */
@Named
@ViewScoped
public class NoticesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 100;

    @Inject
    transient Notifications notifications;

    @Inject
    Viewer viewer;

    private List<String> wanted;
    private transient List<Notice> notices;

    /** View action: shows the notices as they were, then counts them read. */
    public void load() {
        notices = notifications.noticesOf(viewer.getAccountId(), SHOWN);
        notifications.markAllRead(viewer.getAccountId());
        Set<MessageKind> off = notifications.switchedOff(viewer.getAccountId());
        wanted = new ArrayList<>(getOptionalKinds().stream().filter(k -> !off.contains(k)).map(Enum::name).toList());
    }

    public String saveChoice() {
        Set<MessageKind> chosen = EnumSet.noneOf(MessageKind.class);
        wanted.forEach(name -> chosen.add(MessageKind.valueOf(name)));
        notifications.chooseEmails(viewer.getAccountId(), chosen);
        PageMessages.info("notices.emails.saved");
        return "/account/notices.xhtml?faces-redirect=true";
    }

    public List<Notice> getNotices() {
        if (notices == null) {
            notices = notifications.noticesOf(viewer.getAccountId(), SHOWN);
        }
        return notices;
    }

    /** The notice in the reader's language and zone of now (switching the language changes old notices too). */
    public String text(Notice notice) {
        return notice.textFor(viewer.getLanguage(), viewer.getZone());
    }

    public List<MessageKind> getOptionalKinds() {
        return Arrays.stream(MessageKind.values()).filter(MessageKind::isOptional).toList();
    }

    public List<MessageKind> getAlwaysSent() {
        return Arrays.stream(MessageKind.values()).filter(k -> !k.isOptional()).toList();
    }

    public List<String> getWanted() {
        return wanted;
    }

    public void setWanted(List<String> wanted) {
        this.wanted = wanted;
    }
}
