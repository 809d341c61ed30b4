package org.senrules.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.spi.RulePackContext;
import org.senrules.core.spi.RuleSetDefinition;
import org.senrules.core.testpack.TestPack;

/**
 * The check of compiled rule code holds on its own: every hostile rule file of the corpus is
 * compiled to the executable model with the text check skipped, and the check of its classes
 * refuses it, naming the file, the rule and the name used (corpus.tsv, column "compiled code"), or
 * it does not compile, or what it does is on the allow-list and only the budget bounds it. Class
 * files written byte by byte show that what no rule file compiles to today is refused too: method
 * handles, bootstraps and dynamic constants off the allow-list.
 */
class RuleCodeCheckTest {
    static final Path CORPUS = Path.of("src/test/hostile/rules");

    static RuleSetDefinition<?, ?> topUp() {
        List<RuleSetDefinition<?, ?>> defs = new ArrayList<>();
        new TestPack().register(new RulePackContext() {
            @Override
            public java.util.Optional<String> setting(String name) {
                return java.util.Optional.empty();
            }

            @Override
            public void add(RuleSetDefinition<?, ?> definition) {
                defs.add(definition);
            }
        });
        return defs.get(0);
    }

    static RuleCodeAllowList allowList() {
        return new RuleCodeAllowList(RuleFileConfinement.packPackages(topUp()));
    }

    @Test
    void everyHostileRuleFile_isRefusedByTheCheckOfItsCompiledCode_withTheTextCheckSkipped() throws IOException {
        RuleSetDefinition<?, ?> def = topUp();
        RuleCodeAllowList allow = allowList();
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        int refused = 0;
        int notCompiled = 0;
        int allowed = 0;
        for (String line : Files.readAllLines(CORPUS.resolve("corpus.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("file\t")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String file = f[0];
            String expected = f[5];
            String text = Files.readString(CORPUS.resolve(file), StandardCharsets.UTF_8);
            String label = "rules/" + file;
            List<RuleSetProblem> problems = new ArrayList<>();
            RuleCodeCheck.Loaded loaded = RuleTextCompiler.compile(def, List.of(new RuleSource(text, label)), allow, problems);
            tried++;
            if (expected.equals("allowed")) {
                if (loaded == null) {
                    wrong.add(file + ": expected its compiled code allowed, got " + problems);
                }
                allowed++;
            } else if (expected.equals("does not compile")) {
                if (loaded != null || problems.stream().noneMatch(p -> p.message().startsWith("the rules do not compile"))) {
                    wrong.add(file + ": expected not to compile, got " + problems);
                }
                notCompiled++;
            } else {
                String words = expected.substring("refused: ".length(), expected.lastIndexOf(" @"));
                int at = Integer.parseInt(expected.substring(expected.lastIndexOf(" @") + 2));
                boolean named = loaded == null && problems.stream().anyMatch(p -> p.file().equals(label) && p.line() == at
                        && p.message().contains(words) && p.message().contains("compiled code"));
                if (!named) {
                    wrong.add(file + ": expected \"" + words + "\" at line " + at + ", got " + problems);
                }
                refused++;
            }
        }
        System.out.println("hostile rule files, compiled code alone: " + tried + " tried, " + refused + " refused, " + notCompiled
                + " do not compile, " + allowed + " allowed (loops, recursion, allocation: bounded by the budget and the heap), 0 escaped");
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(refused >= 35, "refused: " + refused);
    }

    @Test
    void aRefusalNamesTheRule_theFunction_theQuery_andTheDeclaredType() throws IOException {
        RuleSetDefinition<?, ?> def = topUp();
        String text = Files.readString(CORPUS.resolve("system-exit.drl"), StandardCharsets.UTF_8)
                .replace("    System.exit(42);\n", "    leave(1);\n")
                .replace("global org.senrules.core.spi.Explanation explain\n", """
                        function void leave(int status) {
                            java .lang .System .exit(status);
                        }

                        declare Worker
                            thread : java .lang .Thread
                        end

                        query "programs"
                            TestTopUpCase( )
                            eval( java .lang .Runtime .getRuntime() != null )
                        end

                        global org.senrules.core.spi.Explanation explain
                        """);
        List<RuleSetProblem> problems = new ArrayList<>();
        assertNull(RuleTextCompiler.compile(def, List.of(new RuleSource(text, "council.drl")), allowList(), problems));
        String all = problems.toString();
        assertTrue(all.contains("council.drl:8: function leave calls java.lang.System.exit"), all);
        assertTrue(all.contains("council.drl:12: declared type Worker uses java.lang.Thread"), all);
        assertTrue(all.contains("council.drl:16: query \"programs\" calls java.lang.Runtime.getRuntime"), all);
    }

    @Test
    void theTestPacksRules_compileAndPass() throws IOException {
        RuleSetDefinition<?, ?> def = topUp();
        String text = new String(TestPack.class.getResourceAsStream("/META-INF/senrules/test-top-up/test-top-up.drl").readAllBytes(),
                StandardCharsets.UTF_8);
        List<RuleSetProblem> problems = new ArrayList<>();
        RuleCodeCheck.Loaded loaded = RuleTextCompiler.compile(def, List.of(new RuleSource(text, "test-top-up.drl")), allowList(), problems);
        assertNotNull(loaded, problems.toString());
        assertTrue(interpreted(loaded.kieBase()).isEmpty(), interpreted(loaded.kieBase()).toString());
    }

    /**
     * Rules folder rules are compiled to the executable model: every condition (a pattern's
     * constraints, an eval, a from, an accumulate, a query's patterns) and every consequence of
     * a knowledge base is a compiled class, none an MVEL expression, for a rule file that uses
     * them all, with a function and a declared type.
     */
    @Test
    void everyConditionAndConsequence_isCompiled_noneIsLeftToMvel() throws IOException {
        String text = Files.readString(CORPUS.resolve("system-exit.drl"), StandardCharsets.UTF_8)
                .replace("    System.exit(42);\n", "    units = twice(units) / 2;\n")
                .replace("    $c : TestTopUpCase( parentalConsent == true )\n", """
                            $c : TestTopUpCase( parentalConsent == true, requestedUnits >= 0 )
                            eval( $c.requestedUnits() < 100 )
                            $n : Integer( this >= 0 ) from java.util.List.of(1, 2, 3)
                            $total : Number() from accumulate( TestTopUpCase( $u : requestedUnits ), sum($u) )
                            not Note( text == "stop" )
                        """)
                .replace("global org.senrules.core.spi.Explanation explain\n", """
                        function int twice(int n) { return n * 2; }

                        declare Note
                            text : String
                        end

                        query "cases with units" (int least)
                            TestTopUpCase( requestedUnits >= least )
                        end

                        global org.senrules.core.spi.Explanation explain
                        """);
        List<RuleSetProblem> problems = new ArrayList<>();
        RuleCodeCheck.Loaded loaded = RuleTextCompiler.compile(topUp(), List.of(new RuleSource(text, "all-kinds.drl")), allowList(), problems);
        assertNotNull(loaded, problems.toString());
        List<String> kinds = new ArrayList<>();
        assertTrue(interpreted(loaded.kieBase(), kinds).isEmpty(), interpreted(loaded.kieBase()).toString());
        for (String kind : List.of("EvalCondition", "From", "Accumulate", "Pattern", "Consequence")) {
            assertTrue(kinds.contains(kind), "the rule file has no " + kind + ": " + kinds);
        }
    }

    static List<String> interpreted(org.kie.api.KieBase base) {
        return interpreted(base, new ArrayList<>());
    }

    /** Every condition or consequence of the knowledge base that is not a compiled class of the executable model. */
    static List<String> interpreted(org.kie.api.KieBase base, List<String> kinds) {
        List<String> out = new ArrayList<>();
        for (org.kie.api.definition.KiePackage p : base.getKiePackages()) {
            for (org.kie.api.definition.rule.Rule r : p.getRules()) {
                org.drools.base.definitions.rule.impl.RuleImpl rule = (org.drools.base.definitions.rule.impl.RuleImpl) r;
                if (rule.getConsequence() != null) {
                    kinds.add("Consequence");
                    compiled(rule.getName(), rule.getConsequence(), out);
                }
                walk(rule.getName(), rule.getLhs(), out, kinds);
            }
        }
        return out;
    }

    private static void walk(String rule, org.drools.base.rule.RuleConditionElement e, List<String> out, List<String> kinds) {
        if (e == null) {
            return;
        }
        if (e instanceof org.drools.base.rule.Pattern p) {
            kinds.add("Pattern");
            for (Object c : p.getConstraints()) {
                compiled(rule, c, out);
            }
            if (p.getSource() != null) {
                walk(rule, p.getSource(), out, kinds);
            }
        } else if (e instanceof org.drools.base.rule.EvalCondition eval) {
            kinds.add("EvalCondition");
            compiled(rule, eval.getEvalExpression(), out);
        } else if (e instanceof org.drools.base.rule.From from) {
            kinds.add("From");
            compiled(rule, from.getDataProvider(), out);
        } else if (e instanceof org.drools.base.rule.Accumulate acc) {
            kinds.add("Accumulate");
            for (Object a : acc.getAccumulators()) {
                compiled(rule, a, out);
            }
            walk(rule, acc.getSource(), out, kinds);
        }
        for (org.drools.base.rule.RuleConditionElement nested : e.getNestedElements()) {
            walk(rule, nested, out, kinds);
        }
    }

    private static void compiled(String rule, Object part, List<String> out) {
        String name = part.getClass().getName();
        if (name.startsWith("org.drools.mvel") || name.startsWith("org.mvel2") || !name.startsWith("org.drools.modelcompiler")
                && !name.startsWith("org.drools.base.rule.constraint") && !name.startsWith("org.drools.base.base.accumulators")
                && !name.startsWith("org.drools.core.base.accumulators")) {
            out.add(rule + ": " + name);
        }
    }

    /** The executable model of a rule text, built by Drools with no check: the class files (internal name to bytes). */
    static Map<String, byte[]> modelOf(String drl) {
        org.kie.api.KieServices ks = org.kie.api.KieServices.Factory.get();
        org.kie.api.builder.KieFileSystem kfs = ks.newKieFileSystem();
        org.kie.api.builder.ReleaseId release = ks.newReleaseId("org.senrules.test", "unchecked", "1");
        kfs.generateAndWritePomXML(release);
        kfs.write("src/main/resources/org/senrules/core/testpack/rules/unchecked.drl", drl);
        org.kie.api.builder.KieBuilder b = ks.newKieBuilder(kfs).buildAll(RuleTextCompiler.executableModel());
        assertTrue(b.getResults().getMessages(org.kie.api.builder.Message.Level.ERROR).isEmpty(), b.getResults().toString());
        org.drools.compiler.kie.builder.impl.InternalKieModule module = (org.drools.compiler.kie.builder.impl.InternalKieModule) b.getKieModule();
        Map<String, byte[]> classes = new java.util.TreeMap<>();
        for (String name : module.getFileNames()) {
            if (name.endsWith(".class") && !name.startsWith("org/drools/")) {
                classes.put(name.substring(0, name.length() - ".class".length()), module.getBytes(name));
            }
        }
        ks.getRepository().removeKieModule(release);
        return classes;
    }

    /** Serves class files as resources and defines them when asked, counting what it defines. */
    static final class PackLoader extends ClassLoader {
        final Map<String, byte[]> classes;
        final List<String> defined = new ArrayList<>();

        PackLoader(Map<String, byte[]> classes) {
            super(RuleCodeCheckTest.class.getClassLoader());
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name.replace('.', '/'));
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            defined.add(name);
            return defineClass(name, bytes, 0, bytes.length);
        }

        @Override
        public java.io.InputStream getResourceAsStream(String path) {
            byte[] bytes = path.endsWith(".class") ? classes.get(path.substring(0, path.length() - ".class".length())) : null;
            return bytes == null ? super.getResourceAsStream(path) : new java.io.ByteArrayInputStream(bytes);
        }
    }

    /**
     * A pack's pre-built model is checked before any of its classes is loaded: a model whose
     * consequence reaches {@code Runtime.exec} (as a pack built from a hostile rule file would
     * hold) is refused naming the rule, and not one of its classes is defined; the same model
     * without it loads.
     */
    @Test
    void aPrebuiltModel_isCheckedBeforeAnyOfItsClassesIsLoaded() throws IOException {
        String hostile = Files.readString(CORPUS.resolve("spaced-process-builder.drl"), StandardCharsets.UTF_8);
        for (boolean refused : new boolean[] {true, false}) {
            String drl = refused ? hostile : hostile.replace("    new java .lang .ProcessBuilder(\"touch\", \"pwned\").start();\n", "");
            Map<String, byte[]> classes = modelOf(drl);
            String model = classes.keySet().stream().filter(n -> n.matches(".*/Rules[0-9A-F]{32}")).findFirst().orElseThrow().replace('/', '.');
            PackLoader loader = new PackLoader(classes);
            PrebuiltRules prebuilt = new PrebuiltRules("test-top-up", null, loader, List.of(model));
            List<RuleSetProblem> problems = new ArrayList<>();
            RuleCodeCheck.Loaded loaded = prebuilt.kieBase(allowList(), List.of(new RuleSource(drl, "pack/test-top-up.drl")), problems);
            if (refused) {
                assertNull(loaded);
                assertTrue(problems.toString().contains("pack/test-top-up.drl:22: rule \"Units granted as requested\" creates java.lang.ProcessBuilder"),
                        problems.toString());
                assertEquals(List.of(), loader.defined, "a class was loaded before the check refused the model");
            } else {
                assertNotNull(loaded, problems.toString());
                assertTrue(problems.isEmpty(), problems.toString());
                assertTrue(loader.defined.contains(model), loader.defined.toString());
            }
        }
    }

    /** A class file of the rules' own package, written by {@code body} into one static method. */
    static Map<String, byte[]> oneClass(Consumer<MethodVisitor> body) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "org/senrules/core/testpack/rules/Crafted", null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "run", "()V", null, null);
        mv.visitCode();
        body.accept(mv);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return Map.of("org/senrules/core/testpack/rules/Crafted", cw.toByteArray());
    }

    static String refusal(Map<String, byte[]> classes) {
        List<RuleSetProblem> problems = RuleCodeCheck.check(classes, allowList(), List.of(new RuleSource("rule \"x\"\nend\n", "crafted.drl")))
                .problems();
        return problems.toString();
    }

    @Test
    void aMethodHandleConstant_toSystemExit_isRefused() {
        Handle exit = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/System", "exit", "(I)V", false);
        assertTrue(refusal(oneClass(mv -> {
            mv.visitLdcInsn(exit);
            mv.visitInsn(Opcodes.POP);
        })).contains("calls java.lang.System.exit"));
    }

    @Test
    void aBootstrapOffTheAllowList_isRefused_evenWithAnAllowedTarget() {
        Handle bootstrap = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/ConstantBootstraps", "invoke",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;Ljava/lang/invoke/MethodHandle;[Ljava/lang/Object;)Ljava/lang/Object;",
                false);
        Handle abs = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/Math", "abs", "(I)I", false);
        String refused = refusal(oneClass(mv -> {
            mv.visitLdcInsn(new ConstantDynamic("x", "Ljava/lang/Object;", bootstrap, abs, 1));
            mv.visitInsn(Opcodes.POP);
        }));
        assertTrue(refused.contains("calls java.lang.invoke.ConstantBootstraps.invoke"), refused);
    }

    @Test
    void anInvokedynamicWhoseBootstrapGetsALookup_isRefused() {
        Handle bootstrap = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup",
                "()Ljava/lang/invoke/MethodHandles$Lookup;", false);
        String refused = refusal(oneClass(mv -> mv.visitInvokeDynamicInsn("run", "()V", bootstrap)));
        assertTrue(refused.contains("calls java.lang.invoke.MethodHandles.lookup"), refused);
    }

    @Test
    void aLambdaWhoseTargetIsOffTheAllowList_isRefused_andOneOnItIsAllowed() {
        Handle metafactory = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/LambdaMetafactory", "metafactory",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodType;"
                        + "Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;", false);
        String exit = refusal(oneClass(mv -> mv.visitInvokeDynamicInsn("accept", "()Ljava/util/function/IntConsumer;", metafactory,
                org.objectweb.asm.Type.getType("(I)V"), new Handle(Opcodes.H_INVOKESTATIC, "java/lang/System", "exit", "(I)V", false),
                org.objectweb.asm.Type.getType("(I)V"))));
        assertTrue(exit.contains("calls java.lang.System.exit"), exit);
        String abs = refusal(oneClass(mv -> mv.visitInvokeDynamicInsn("applyAsInt", "()Ljava/util/function/IntUnaryOperator;", metafactory,
                org.objectweb.asm.Type.getType("(I)I"), new Handle(Opcodes.H_INVOKESTATIC, "java/lang/Math", "abs", "(I)I", false),
                org.objectweb.asm.Type.getType("(I)I"))));
        assertEquals("[]", abs);
    }

    @Test
    void aClassInAPlatformPackage_isRefused() {
        ClassWriter cw = new ClassWriter(0);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "org/drools/core/Sneaky", null, "java/lang/Object", null);
        cw.visitEnd();
        String refused = refusal(Map.of("org/drools/core/Sneaky", cw.toByteArray()));
        assertTrue(refused.contains("compiled into package org.drools.core"), refused);
    }

    @Test
    void theAllowList_refusesWhatReadsTheEnvironment_evenInAnOpenClass() {
        RuleCodeAllowList allow = allowList();
        String from = "org/senrules/core/testpack/rules/X";
        assertNotNull(allow.refusesMember(from, "java/lang/Integer", "getInteger"));
        assertNotNull(allow.refusesMember(from, "java/lang/Boolean", "getBoolean"));
        assertNotNull(allow.refusesMember(from, "java/util/Locale", "setDefault"));
        assertNotNull(allow.refusesMember(from, "java/util/Arrays", "parallelSort"));
        assertNotNull(allow.refusesType(from, "java/util/Scanner"));
        assertNotNull(allow.refusesType(from, "java/util/ResourceBundle$Control"));
        assertNotNull(allow.refusesMember(from, "org/drools/model/Drools", "getRuntime"));
        assertNotNull(allow.refusesMember(from, "java/lang/Class", "forName"));
        assertNull(allow.refusesMember(from, "java/lang/Math", "max"));
        assertNull(allow.refusesMember(from, "java/math/BigDecimal", "setScale"));
        assertNull(allow.refusesType(from, "org/senrules/core/testpack/TestTopUpCase"));
        // the knowledge base builders Drools generates for a build are open to its project model class only
        assertNotNull(allow.refusesMember(from, "org/kie/api/KieServices", "get"));
        assertNull(allow.refusesMember("org/drools/project/model/ProjectModel_x", "org/kie/api/KieServices", "get"));
        assertNotNull(allow.refusesMember("org/drools/project/model/ProjectModel_x", "org/kie/api/KieServices", "newKieContainer"));
    }
}
