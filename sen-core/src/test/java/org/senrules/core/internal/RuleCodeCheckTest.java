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
            String expected = f[4];
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
                .replace("global org.senrules.core.spi.Parameters params\n", """
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

                        global org.senrules.core.spi.Parameters params
                        """);
        List<RuleSetProblem> problems = new ArrayList<>();
        assertNull(RuleTextCompiler.compile(def, List.of(new RuleSource(text, "council.drl")), allowList(), problems));
        String all = problems.toString();
        assertTrue(all.contains("council.drl:7: function leave calls java.lang.System.exit"), all);
        assertTrue(all.contains("council.drl:11: declared type Worker uses java.lang.Thread"), all);
        assertTrue(all.contains("council.drl:15: query \"programs\" calls java.lang.Runtime.getRuntime"), all);
    }

    @Test
    void theTestPacksRules_compileAndPass() throws IOException {
        RuleSetDefinition<?, ?> def = topUp();
        String text = new String(TestPack.class.getResourceAsStream("/META-INF/senrules/test-top-up/test-top-up.drl").readAllBytes(),
                StandardCharsets.UTF_8);
        List<RuleSetProblem> problems = new ArrayList<>();
        RuleCodeCheck.Loaded loaded = RuleTextCompiler.compile(def, List.of(new RuleSource(text, "test-top-up.drl")), allowList(), problems);
        assertNotNull(loaded, problems.toString());
        // every consequence and condition is a compiled class: none is left to MVEL's interpreter
        for (org.kie.api.definition.KiePackage p : loaded.kieBase().getKiePackages()) {
            for (org.kie.api.definition.rule.Rule r : p.getRules()) {
                Object consequence = ((org.drools.base.definitions.rule.impl.RuleImpl) r).getConsequence();
                assertTrue(consequence.getClass().getName().startsWith("org.drools.modelcompiler"), consequence.getClass().getName());
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
