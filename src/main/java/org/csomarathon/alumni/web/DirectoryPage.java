package org.csomarathon.alumni.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.csomarathon.alumni.Alumni;
import org.csomarathon.intake.IntakeService;
import org.csomarathon.intake.Region;
import org.csomarathon.identity.web.Viewer;

/**
 * The alumni directory ({@code alumni/index.xhtml}), for alumni and coordinators: the alumni who
 * consent to be shown, searched by year, region and topic (the address's parameters, so a search can
 * be bookmarked).
 */
@Named
@RequestScoped
public class DirectoryPage {

    @Inject
    Alumni alumni;

    @Inject
    IntakeService intake;

    @Inject
    Viewer viewer;

    private Integer year;
    private String region;
    private String topic;
    private List<Alumni.Entry> entries;

    public List<Alumni.Entry> getEntries() {
        if (entries == null) {
            entries = alumni.directory(new Alumni.Search(year, region, topic));
        }
        return entries;
    }

    public List<Integer> getYears() {
        return alumni.years();
    }

    public List<Region> getRegions() {
        return intake.regions();
    }

    public String regionName(String code) {
        return code == null ? "" : intake.findRegion(code).map(r -> r.getName(viewer.getLanguage())).orElse("");
    }

    /** Whether the signed-in person is an alumnus, with a profile of their own to keep. */
    public boolean isAlumnus() {
        return viewer.has("ALUMNUS");
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }
}
