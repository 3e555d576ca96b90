package org.madoguchi.search.orm;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.madoguchi.search.ProposalPolicy;
import org.madoguchi.triage.application.ProposalRefitting.Decided;
import org.madoguchi.triage.application.ProposalRefitting.Refit;

/**
 * The last few refits, by what they were fitted on (the decisions and the proposal in force, as a SHA-256 digest).
 * The review refits at each load, and a fit of years of decisions (20,000) takes about a second; until a decision is
 * added or the proposal in force changes, the answer is the same.
 */
final class RecentRefits {

    private static final int KEPT = 8;

    private final Map<String, Optional<Refit>> byInput = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<Refit>> eldest) {
            return size() > KEPT;
        }
    };

    synchronized Optional<Refit> get(List<Decided> decided, ProposalPolicy inForce,
                                     BiFunction<List<Decided>, ProposalPolicy, Optional<Refit>> fit) {
        String key = digest(decided, inForce);
        Optional<Refit> known = byInput.get(key);
        if (known == null) {
            known = fit.apply(decided, inForce);
            byInput.put(key, known);
        }
        return known;
    }

    static String digest(List<Decided> decided, ProposalPolicy inForce) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        sha.update((inForce.setting() + "@" + inForce.threshold()).getBytes(StandardCharsets.UTF_8));
        for (Decided one : decided) {
            double[] measures = one.measures() == null ? new double[0] : one.measures();
            ByteBuffer bytes = ByteBuffer.allocate(Integer.BYTES + Double.BYTES * measures.length + 2);
            bytes.putInt(measures.length);
            for (double measure : measures) {
                bytes.putDouble(measure);
            }
            bytes.put((byte) (one.known() ? 1 : 0)).put((byte) (one.firstLinked() ? 1 : 0));
            sha.update(bytes.array());
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
