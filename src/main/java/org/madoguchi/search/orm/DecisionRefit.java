package org.madoguchi.search.orm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.madoguchi.platform.config.Settings;
import org.madoguchi.search.ProposalFeatures;
import org.madoguchi.search.ProposalFit;
import org.madoguchi.search.ProposalPolicy;
import org.madoguchi.triage.application.ProposalRefitting;

/** The known/new proposal refitted on the desk's decisions ({@link ProposalFit}), set against the one in force. */
@ApplicationScoped
public class DecisionRefit implements ProposalRefitting {

    @Inject
    Settings settings;

    private final RecentRefits recent = new RecentRefits();

    @Override
    public Optional<Refit> refit(List<Decided> decided) {
        return recent.get(decided, IndexedSimilarCases.inForce(settings), DecisionRefit::refit);
    }

    static Optional<Refit> refit(List<Decided> decided, ProposalPolicy inForce) {
        List<ProposalFit.Example> examples = decided.stream()
                .filter(d -> d.measures() != null && d.measures().length == ProposalFeatures.names().length)
                .map(d -> new ProposalFit.Example(d.measures(), d.known(), d.firstLinked())).toList();
        long right = examples.stream().filter(e -> e.known() && e.firstAnswers()).count();
        if (examples.size() < MIN_DECISIONS || right < MIN_OF_EACH || examples.size() - right < MIN_OF_EACH) {
            return Optional.empty();
        }
        try {
            ProposalFit.Fitted fitted = ProposalFit.fit(examples, inForce);
            return Optional.of(new Refit(fitted.policy().setting(), fitted.cvRecallAtP90(),
                    ProposalFit.recallAtPrecision(inForce, examples), examples.size()));
        } catch (IllegalArgumentException e) { // no confidence right nine times in ten on these decisions
            return Optional.empty();
        }
    }
}
