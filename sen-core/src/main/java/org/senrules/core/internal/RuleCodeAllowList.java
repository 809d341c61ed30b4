package org.senrules.core.internal;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What compiled rule code may refer to: the allow-list of {@link RuleCodeCheck}, over the class
 * files' references (internal names, {@code java/lang/String}), not over the rule text.
 *
 * <p>A class is one of four kinds:
 * <ul>
 *   <li><b>open</b>: it and all its members may be used, but the few methods refused on every
 *       class ({@link #REFUSED_EVERYWHERE}): the rule pack's own fact and vocabulary types (the
 *       packages of its case, outcome and globals), the SEND vocabulary, {@code Parameters},
 *       {@code Explanation}, {@code Criteria}, {@code String}, {@code Math}, the boxed numbers,
 *       {@code java.math}, {@code java.time}, the collections and streams of {@code java.util}
 *       (less what reads files or the environment, or runs code on other threads), and the
 *       model-building DSL of Drools' executable model, which the generated glue of every rule
 *       calls;</li>
 *   <li><b>listed members</b>: only the members named, as for {@code System.arraycopy} (which the
 *       Java compiler uses for an enum's {@code values()}), the {@code invokedynamic} bootstraps
 *       of lambdas and string concatenation, and the consequence's {@code drools} (insert, update,
 *       delete; never its runtime);</li>
 *   <li><b>type only</b>: it may appear in a signature or be caught, but none of its members may
 *       be used ({@code Class}: an enum's {@code valueOf} passes its own class literal);</li>
 *   <li>anything else is refused: {@code System}, {@code Runtime}, {@code ProcessBuilder},
 *       {@code Thread}, reflection, {@code java.io}, {@code java.nio}, {@code java.net},
 *       {@code java.util.concurrent}, the engine's own runtime, MVEL.</li>
 * </ul>
 * Classes compiled from the same rule files are allowed as they are themselves checked.
 */
final class RuleCodeAllowList {
    /** Methods refused on every class, the compiled rules' own included: reflection, threads, global state, stack traces. */
    static final Set<String> REFUSED_EVERYWHERE = Set.of("getClass", "wait", "notify", "notifyAll", "finalize", "printStackTrace",
            "getStackTrace", "setStackTrace", "parallel", "parallelStream", "iterate", "generate");

    private static final Set<String> OPEN_PACKAGES = Set.of("java/util", "java/util/function", "java/util/stream", "java/time",
            "java/time/format", "java/time/temporal", "java/time/chrono", "java/math", "org/senrules/core/domain",
            // the executable model's DSL: what the generated glue of every rule is written in
            "org/drools/model", "org/drools/model/bitmask", "org/drools/model/consequences", "org/drools/model/constraints",
            "org/drools/model/functions", "org/drools/model/functions/accumulate", "org/drools/model/functions/temporal",
            "org/drools/model/impl", "org/drools/model/index", "org/drools/model/operators", "org/drools/model/patterns",
            "org/drools/model/view", "org/drools/modelcompiler/dsl/pattern",
            // the built-in accumulate functions (sum, count, collectList ...) an accumulate names
            "org/drools/core/base/accumulators",
            // annotations Drools puts on declared types (@Position, @Key ...)
            "org/kie/api/definition/type");

    private static final Set<String> OPEN_TYPES = Set.of("java/lang/String", "java/lang/Math", "java/lang/StrictMath",
            "java/lang/Integer", "java/lang/Long", "java/lang/Short", "java/lang/Byte", "java/lang/Boolean", "java/lang/Character",
            "java/lang/Double", "java/lang/Float", "java/lang/Number", "java/lang/Object", "java/lang/StringBuilder",
            "java/lang/StringBuffer", "java/lang/CharSequence", "java/lang/Comparable", "java/lang/Iterable", "java/lang/Enum",
            "java/lang/AutoCloseable", "java/lang/Void", "java/lang/Override", "java/lang/SuppressWarnings", "java/lang/Deprecated",
            "java/lang/FunctionalInterface", "java/lang/SafeVarargs", "java/lang/Throwable", "java/lang/Exception",
            "java/lang/RuntimeException", "java/lang/ArithmeticException", "java/lang/IllegalArgumentException",
            "java/lang/IllegalStateException", "java/lang/NullPointerException", "java/lang/IndexOutOfBoundsException",
            "java/lang/ArrayIndexOutOfBoundsException", "java/lang/StringIndexOutOfBoundsException",
            "java/lang/UnsupportedOperationException", "java/lang/NumberFormatException", "java/lang/ClassCastException",
            "org/senrules/core/spi/Parameters", "org/senrules/core/spi/Explanation", "org/senrules/core/spi/Criteria",
            "org/senrules/core/spi/EveryCriterionMet",
            // comparisons the executable model writes for ==, <, > between numbers and objects
            "org/drools/modelcompiler/util/EvaluationUtil",
            // marker interfaces of a declared type, and the annotation on every generated lambda
            "org/drools/base/factmodel/GeneratedFact", "org/drools/base/factmodel/AccessibleFact",
            "org/drools/compiler/kie/builder/MaterializedLambda");

    /** Classes of an open package that are refused: they read files, the environment or resources, or run code on other threads. */
    private static final Set<String> REFUSED_IN_OPEN = Set.of("java/util/ServiceLoader", "java/util/Timer", "java/util/TimerTask",
            "java/util/Scanner", "java/util/ResourceBundle", "java/util/PropertyResourceBundle", "java/util/ListResourceBundle",
            "java/util/Properties", "java/util/Formatter", "java/util/PropertyPermission", "org/drools/model/Drools");

    /** Methods refused on one open class besides {@link #REFUSED_EVERYWHERE}. */
    private static final Map<String, Set<String>> REFUSED_MEMBERS = Map.of(
            "java/lang/String", Set.of("repeat"), // allocation a value sizes
            "java/lang/Integer", Set.of("getInteger"), "java/lang/Long", Set.of("getLong"), // system properties
            "java/lang/Boolean", Set.of("getBoolean"),
            "java/util/Locale", Set.of("setDefault"), "java/util/TimeZone", Set.of("setDefault")); // the whole process's

    /** Classes of which only the members listed may be used. */
    private static final Map<String, Set<String>> LISTED_MEMBERS = Map.of(
            "java/lang/System", Set.of("arraycopy"),
            "java/lang/invoke/LambdaMetafactory", Set.of("metafactory", "altMetafactory"),
            "java/lang/invoke/StringConcatFactory", Set.of("makeConcatWithConstants", "makeConcat"),
            // the compiler's $deserializeLambda$ reads a serialized lambda's names
            "java/lang/invoke/SerializedLambda", Set.of("getCapturingClass", "getFunctionalInterfaceClass",
                    "getFunctionalInterfaceMethodName", "getFunctionalInterfaceMethodSignature", "getImplClass", "getImplMethodName",
                    "getImplMethodSignature", "getImplMethodKind", "getInstantiatedMethodType", "getCapturedArgCount", "getCapturedArg"),
            // the date format of date literals in conditions
            "org/drools/util/DateUtils", Set.of("getDateFormatMask"),
            // a consequence's drools: change the facts; never the session, its runtime or its channels
            "org/drools/model/Drools", Set.of("insert", "insertLogical", "logicalInsert", "update", "delete", "setFocus", "halt"),
            "org/drools/model/DroolsEntryPoint", Set.of("insert", "update", "delete"),
            "org/kie/api/runtime/rule/RuleContext", Set.of("insert", "insertLogical", "update", "delete", "halt"));

    /** Classes that may appear in signatures, casts and catch blocks, with no member used. */
    private static final Set<String> TYPE_ONLY = Set.of("java/lang/Class", "java/lang/NoSuchFieldError", "java/io/Serializable",
            "java/lang/invoke/MethodHandles", "java/lang/invoke/MethodHandles$Lookup", "java/lang/invoke/MethodHandle",
            "java/lang/invoke/MethodType", "java/lang/invoke/CallSite");

    /**
     * Packages no compiled rule may be in: the platform's and the engine's. A rule file's package
     * decides its classes' package, and a class in another's package could reach what that
     * package keeps to itself.
     */
    private static final java.util.List<String> REFUSED_PACKAGES = java.util.List.of("java", "javax", "jdk", "sun", "com/sun",
            "org/kie", "org/drools", "org/mvel2", "org/objectweb/asm", "org/senrules/core", "org/senrules/core/internal",
            "org/senrules/core/spi", "org/senrules/core/domain", "org/senrules/core/scenario", "org/senrules/core/explain");

    /**
     * What Drools generates for a rules folder's build beside the rules ({@code ProjectModel_...}, in
     * {@link #PROJECT_MODEL_PACKAGE}): the settings of its knowledge base, built through the KIE API.
     * Open to classes of that package only; a rule file cannot put code there (its package would be
     * {@code org.drools...}, which the text check refuses, and these builders do nothing but describe).
     */
    static final String PROJECT_MODEL_PACKAGE = "org/drools/project/model";
    private static final Set<String> PROJECT_MODEL_OPEN = Set.of("org/kie/api/builder/model/KieModuleModel",
            "org/kie/api/builder/model/KieBaseModel", "org/kie/api/builder/model/KieSessionModel",
            "org/kie/api/builder/model/KieSessionModel$KieSessionType", "org/kie/api/builder/ReleaseId",
            "org/drools/modelcompiler/CanonicalKieModuleModel");
    private static final Map<String, Set<String>> PROJECT_MODEL_MEMBERS = Map.of("org/kie/api/KieServices",
            Set.of("get", "newKieModuleModel"), "org/kie/util/maven/support/ReleaseIdImpl", Set.of("<init>"));
    private static final Set<String> PROJECT_MODEL_OPEN_PACKAGES = Set.of("org/kie/api/conf", "org/kie/api/runtime/conf");

    private final Set<String> packPackages;

    /** {@code packPackages}: the rule pack's own fact and vocabulary packages, dotted ({@code org.senrules.funding.sspp}). */
    RuleCodeAllowList(Set<String> packPackages) {
        Set<String> internal = new TreeSet<>();
        for (String p : packPackages) {
            internal.add(p.replace('.', '/'));
        }
        this.packPackages = Set.copyOf(internal);
    }

    /** Null when a class of {@code from} may name {@code type} (an internal name); else why not. */
    String refusesType(String from, String type) {
        if (isOpen(type) || LISTED_MEMBERS.containsKey(type) || TYPE_ONLY.contains(type)) {
            return null;
        }
        if (inProjectModel(from) && (PROJECT_MODEL_OPEN.contains(type) || PROJECT_MODEL_MEMBERS.containsKey(type)
                || PROJECT_MODEL_OPEN_PACKAGES.contains(packageOf(type)))) {
            return null;
        }
        return "uses " + javaName(type);
    }

    /** Null when a class of {@code from} may use the member {@code name} of {@code owner}; else why not. */
    String refusesMember(String from, String owner, String name) {
        // parallel streams and sorts run rule code on the common pool's threads, outside the decision's budget
        if (REFUSED_EVERYWHERE.contains(name) || name.startsWith("parallel")) {
            return "calls " + javaName(owner) + "." + name;
        }
        if (isOpen(owner)) {
            Set<String> refused = REFUSED_MEMBERS.get(owner);
            return refused != null && refused.contains(name) ? "calls " + javaName(owner) + "." + name : null;
        }
        Set<String> listed = LISTED_MEMBERS.get(owner);
        if (listed != null && listed.contains(name)) {
            return null;
        }
        if (inProjectModel(from)) {
            if (PROJECT_MODEL_OPEN.contains(owner) || PROJECT_MODEL_OPEN_PACKAGES.contains(packageOf(owner))) {
                return null;
            }
            Set<String> members = PROJECT_MODEL_MEMBERS.get(owner);
            if (members != null && members.contains(name)) {
                return null;
            }
        }
        return (name.equals("<init>") ? "creates " + javaName(owner) : "calls " + javaName(owner) + "." + name);
    }

    /**
     * Null when a compiled class may be called {@code className}; else the package it may not be in: a class compiled
     * from rule files may not be in a package of the platform or the engine. The one class Drools
     * generates for a build ({@code org/drools/project/model/ProjectModel_...}) is the exception.
     */
    String refusesClassName(String className) {
        String pkg = packageOf(className);
        if (pkg.equals(PROJECT_MODEL_PACKAGE) && className.startsWith(PROJECT_MODEL_PACKAGE + "/ProjectModel_")) {
            return null;
        }
        for (String refused : REFUSED_PACKAGES) {
            if (pkg.equals(refused) || pkg.startsWith(refused + "/") && !refused.equals("org/senrules/core")) {
                return pkg.replace('/', '.');
            }
        }
        return null;
    }

    /** Whether {@code pkg} (internal form) is one of the pack's own fact and vocabulary packages. */
    boolean isPackPackage(String pkg) {
        return packPackages.contains(pkg);
    }

    private boolean isOpen(String type) {
        if (REFUSED_IN_OPEN.contains(type) || REFUSED_IN_OPEN.contains(outermost(type))) {
            return false;
        }
        String pkg = packageOf(type);
        return OPEN_TYPES.contains(type) || OPEN_TYPES.contains(outermost(type)) || OPEN_PACKAGES.contains(pkg) || packPackages.contains(pkg);
    }

    private static boolean inProjectModel(String from) {
        return packageOf(from).equals(PROJECT_MODEL_PACKAGE);
    }

    static String packageOf(String internalName) {
        int slash = internalName.lastIndexOf('/');
        return slash < 0 ? "" : internalName.substring(0, slash);
    }

    /** The top-level class of a nested one ({@code java/util/Map$Entry} → {@code java/util/Map}). */
    private static String outermost(String internalName) {
        int dollar = internalName.indexOf('$', internalName.lastIndexOf('/') + 1);
        return dollar < 0 ? internalName : internalName.substring(0, dollar);
    }

    /** The name as a rule author writes it: {@code java.util.Map.Entry}. */
    static String javaName(String internalName) {
        return internalName.replace('/', '.').replace('$', '.');
    }
}
