package org.csomarathon.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, deployed as it is: the tests exercise what ships. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive marathon() {
        return ShrinkWrap.create(ZipImporter.class, "marathon.war")
                .importFrom(new File(System.getProperty("marathon.war")))
                .as(WebArchive.class);
    }
}
