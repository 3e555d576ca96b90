package org.madoguchi.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's settings, read from MicroProfile Config: defaults in
 * {@code META-INF/microprofile-config.properties}, each overridable by a system property or an
 * environment variable ({@code madoguchi.data.dir} ← {@code MADOGUCHI_DATA_DIR}).
 */
@ApplicationScoped
public class Settings {

    @Inject
    @ConfigProperty(name = "madoguchi.data.dir", defaultValue = "./data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "madoguchi.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "madoguchi.zone", defaultValue = "Asia/Tokyo")
    String zone;

    @Inject
    @ConfigProperty(name = "madoguchi.public.base-url")
    Optional<String> publicBaseUrl;

    @Inject
    @ConfigProperty(name = "madoguchi.login.max-failures", defaultValue = "5")
    int maxLoginFailures;

    @Inject
    @ConfigProperty(name = "madoguchi.login.lockout-minutes", defaultValue = "15")
    int lockoutMinutes;

    @Inject
    @ConfigProperty(name = "madoguchi.triage.known-threshold", defaultValue = "0.5")
    double triageKnownThreshold;

    @Inject
    @ConfigProperty(name = "madoguchi.triage.proposal")
    Optional<String> triageProposal;

    public Path dataDir() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    public boolean demo() {
        return demo;
    }

    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    /**
     * Base of links given to requesters (status page), without a trailing slash. When it is not configured,
     * links are built from the address the request came in on.
     */
    public Optional<String> publicBaseUrl() {
        return publicBaseUrl.filter(s -> !s.isBlank()).map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    }

    /** The requester's private status link. {@code requestBase} is the app's root URL as the request saw it. */
    public String statusLink(String requestBase, String token) {
        String root = publicBaseUrl().orElse(requestBase.endsWith("/")
                ? requestBase.substring(0, requestBase.length() - 1) : requestBase);
        return root + "/status?token=" + token;
    }

    public int maxLoginFailures() {
        return maxLoginFailures;
    }

    public Duration lockout() {
        return Duration.ofMinutes(lockoutMinutes);
    }

    /**
     * The confidence from which triage proposes "known" (0 to 1): higher means fewer, surer known proposals. What a
     * value gives on the evaluation sets, `bin/triage-eval --threshold X` measures.
     */
    public double triageKnownThreshold() {
        if (!(triageKnownThreshold >= 0 && triageKnownThreshold <= 1)) {
            throw new IllegalStateException("madoguchi.triage.known-threshold must lie between 0 and 1, not "
                    + triageKnownThreshold);
        }
        return triageKnownThreshold;
    }

    /**
     * The known/new proposal's bias and weights as {@code bin/triage-eval --fit} prints them, when a desk has refitted
     * them on its own inquiries; empty for the defaults.
     */
    public Optional<String> triageProposal() {
        return triageProposal.filter(s -> !s.isBlank());
    }
}
