package org.jiamusi.vet.web;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The archive the integration tests deploy: the very WAR the build produced, as the site runs it. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive site() {
        File war = new File(System.getProperty("war.file", "target/ROOT.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("No WAR at " + war.getAbsolutePath() + ": run the integration tests through Maven (mvn verify)");
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }
}
