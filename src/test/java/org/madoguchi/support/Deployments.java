package org.madoguchi.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archives the integration tests deploy: always the WAR that the build produced (never a hand-picked
 * list of classes), deployed at the root context like in production.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive builtWar() {
        File war = new File(System.getProperty("madoguchi.war", "target/madoguchi.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Run the package phase first: " + war + " is missing");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).as(WebArchive.class);
    }

    /** The built WAR under the root context, for tests that talk to it over HTTP. */
    public static WebArchive forHttp() {
        return ShrinkWrap.create(WebArchive.class, "ROOT.war").merge(builtWar());
    }

    /** The built WAR plus the given test classes, for tests that run inside the server. */
    public static WebArchive inContainer(Class<?>... testClasses) {
        return forHttp().addClasses(testClasses);
    }
}
