package org.senrules.testkit;

import java.util.Map;
import org.senrules.core.SenRules;

/** The engines of each contract test class, built once: compiling rules is the slow part. */
final class ContractEngines {
    private static final Map<Class<?>, SenRules> ENGINES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<Class<?>, SenRules> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

    private ContractEngines() {
    }

    static SenRules engine(Class<?> test, java.util.function.Supplier<SenRules> build) {
        return ENGINES.computeIfAbsent(test, t -> build.get());
    }

    static SenRules compiled(Class<?> test, java.util.function.Supplier<SenRules> build) {
        return COMPILED.computeIfAbsent(test, t -> PrebuiltRulesCheck.compiledAtRunTime(build));
    }
}
