package org.madoguchi.support;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro's Arquillian container with its one race mended. The container learns the deployed servlets from the
 * start-up report Payara Micro prints, which it polls five times a second; it takes the report as soon as the host
 * and ports are in, and a poll that lands while the list of servlets is still being printed reads none. Every test
 * of the class then fails with "ArquillianServletRunnerEE9 not found", though the server is up and the deployment
 * complete. A context left without servlets gets the test runner, at the context root Payara Micro gives the archive.
 */
public class CompleteServletMappings extends PayaraMicroDeployableContainer {

    /** The servlet Arquillian's Servlet 5 protocol adds to every testable deployment and calls to run a test. */
    static final String TEST_RUNNER = "ArquillianServletRunnerEE9";

    private static final Logger LOG = Logger.getLogger(CompleteServletMappings.class.getName());

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        ProtocolMetaData metaData = super.deploy(archive);
        for (HTTPContext context : metaData.getContexts(HTTPContext.class)) {
            if (context.getServlets().isEmpty()) {
                LOG.warning(() -> "the start-up report was read before its servlets were printed: " + TEST_RUNNER
                        + " assumed at " + contextRoot(archive.getName()));
                context.add(new Servlet(TEST_RUNNER, contextRoot(archive.getName())));
            }
        }
        return metaData;
    }

    /** Payara Micro's context root for a deployed archive: {@code ROOT.war} at the root, {@code x.war} at /x. */
    static String contextRoot(String archiveName) {
        String name = archiveName.endsWith(".war") ? archiveName.substring(0, archiveName.length() - 4) : archiveName;
        return name.equals("ROOT") ? "/" : "/" + name;
    }

    /** Puts this container in the place of Payara's own (listed in META-INF/services). */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class,
                    CompleteServletMappings.class);
        }
    }
}
