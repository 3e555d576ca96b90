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
        awaitWholeIndex();
    }

    private void awaitWholeIndex() {
        // a test starts on a whole index: the rebuild at a fresh start (or one a test began) must have ended; the
        // server answers when it has, or after the wait it was given (no rebuild yet: 404, nothing to wait for)
        Api.Reply rebuild = null;
        for (int asked = 0; asked < 5 && (rebuild == null || rebuilding(rebuild)); asked++) {
            rebuild = api.get("api/v1/admin/index/rebuild?wait=25", DemoAccounts.ADMIN);
        }
        if (rebuilding(rebuild)) {
            throw new IllegalStateException("the index is still being rebuilt: " + rebuild.raw().body());
        }
    }

    private static boolean rebuilding(Api.Reply rebuild) {
        return rebuild.status() == 200 && !rebuild.json().getBoolean("finished");
    }
}
