package org.madoguchi.support;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** An IT against the built WAR on a managed Payara Micro, over real HTTP: its address and an API client. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class WarOverHttp {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.forHttp();
    }

    @ArquillianResource
    protected URL base;

    protected Api api;

    @BeforeEach
    void apiClient() {
        api = new Api(base);
    }
}
