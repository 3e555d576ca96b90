package org.madoguchi.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The command line of {@code bin/triage-eval}: {@code --name value}, {@code --name=value}, or a flag alone. */
final class EvalOptions {

    /** Options that take no value. */
    private static final Set<String> FLAGS = Set.of("misses", "reader", "without-history", "leave-answer-out", "fit");

    /** Options that take a value. */
    private static final Set<String> VALUED = Set.of("corpus", "queries", "history", "history-split", "threshold",
            "baseline", "set", "compare", "features", "kana", "policy", "analysis");

    private final Map<String, List<String>> values = new HashMap<>();

    EvalOptions(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + arg);
            }
            String name = arg.substring(2);
            String value = "true";
            if (name.contains("=")) {
                value = name.substring(name.indexOf('=') + 1);
                name = name.substring(0, name.indexOf('='));
            } else if (!FLAGS.contains(name) && i + 1 < args.length) {
                value = args[++i];
            }
            if (!FLAGS.contains(name) && !VALUED.contains(name)) { // a mistyped option must not go unnoticed
                throw new IllegalArgumentException("unknown option --" + name);
            }
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The option's (first) value, or null without it. */
    String value(String name) {
        return has(name) ? values.get(name).get(0) : null;
    }

    /** The settings with each {@code name=value} of a repeatable option ({@code --set}, {@code --compare}) applied. */
    RankingSettings applied(String option, RankingSettings settings) {
        for (String assignment : values.getOrDefault(option, List.of())) {
            String[] pair = assignment.split("=", 2);
            if (pair.length < 2) {
                throw new IllegalArgumentException("--" + option + " takes name=value, not " + assignment);
            }
            settings = settings.with(pair[0], pair[1]);
        }
        return settings;
    }
}
