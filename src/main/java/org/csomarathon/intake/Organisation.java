package org.csomarathon.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.csomarathon.platform.TextLimit;

/** A civil-society organisation: one record, whatever number of applicants come from it over the years. */
@Entity
@Table(name = "organisation")
public class Organisation {

    public static final int NAME_MAX = 300;
    public static final int WEBSITE_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TextLimit(NAME_MAX)
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "ogrn", nullable = false, length = Ogrn.LENGTH)
    private String ogrn;

    @Column(name = "inn", nullable = false, length = Inn.LENGTH)
    private String inn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_code")
    private Region region;

    @TextLimit(WEBSITE_MAX)
    @Column(name = "website", length = WEBSITE_MAX)
    private String website;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Organisation() {
    }

    public Organisation(String name, Ogrn ogrn, Inn inn, Region region, String website, Instant createdAt) {
        this.name = name;
        this.ogrn = ogrn.value();
        this.inn = inn.value();
        this.region = region;
        this.website = website;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Region getRegion() {
        return region;
    }
}
