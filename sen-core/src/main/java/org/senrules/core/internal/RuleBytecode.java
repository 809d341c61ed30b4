package org.senrules.core.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * What the class files of compiled rules refer to, read with ASM before any of them is loaded (a
 * class runs code as soon as it is initialised, so nothing is loaded before it is checked).
 *
 * <p>Two readings of each class file: every method's instructions (which class, field and method
 * each one uses, the {@code invokedynamic} bootstrap and its method-handle arguments included), so
 * that a reference can be told by the method it is in; and the whole constant pool, so that
 * nothing a class file can use is missed, whatever refers to it (every method, field, class and
 * method handle a class file can reach is an entry of its constant pool).
 */
final class RuleBytecode {
    /** Whether a reference names a class, a field or a method. */
    enum Kind { TYPE, FIELD, METHOD }

    /** One class file: its internal name ({@code a/b/C}) and its bytes. */
    record ClassFile(String name, byte[] bytes) {
    }

    /**
     * One thing a class file refers to: a class ({@code owner} alone), or a member of {@code owner}
     * with its name and descriptor. {@code method} is the method of {@code from} it is used in
     * ({@code name + descriptor}), or null when it is not used in a method's code (the class's
     * super types, field and method signatures, annotations, or only in the constant pool).
     */
    record Reference(String from, String method, Kind kind, String owner, String name, String descriptor) {
    }

    /** A class file read: its references, the members it declares, and the strings each method loads. */
    static final class Read {
        final String name;
        String superName;
        final List<String> interfaces = new ArrayList<>();
        final Set<Reference> references = new LinkedHashSet<>();
        /** Declared methods and fields, as {@code name + descriptor}. */
        final Set<String> declared = new HashSet<>();
        /** Per method ({@code name + descriptor}): the string constants it loads, in order, and the classes it uses. */
        final Map<String, List<String>> strings = new LinkedHashMap<>();
        final Map<String, Set<String>> classesUsed = new LinkedHashMap<>();
        /** Per method: the rule names it declares ({@code D.rule(package, name)}) and queries ({@code D.query(package, name)}). */
        final Map<String, List<String>> rulesDeclared = new LinkedHashMap<>();
        final Map<String, List<String>> queriesDeclared = new LinkedHashMap<>();

        Read(String name) {
            this.name = name;
        }
    }

    private RuleBytecode() {
    }

    /** Reads one class file; throws IllegalArgumentException when it is not one. */
    static Read read(ClassFile file) {
        ClassReader reader = new ClassReader(file.bytes());
        Read out = new Read(reader.getClassName());
        reader.accept(new Visitor(out), 0);
        constantPool(reader, out);
        return out;
    }

    /** Every class, field, method and method type of the constant pool, so that nothing is missed. */
    private static void constantPool(ClassReader reader, Read out) {
        char[] buffer = new char[Math.max(16, reader.getMaxStringLength())];
        Set<String> seen = new HashSet<>();
        for (Reference r : out.references) {
            seen.add(r.kind() + " " + r.owner() + " " + r.name() + " " + r.descriptor());
        }
        for (int i = 1; i < reader.getItemCount(); i++) {
            int offset = reader.getItem(i);
            if (offset == 0) {
                continue; // the second slot of a long or a double
            }
            int tag = reader.readByte(offset - 1);
            switch (tag) {
                case 7 -> addType(out, null, reader.readUTF8(offset, buffer), seen); // CONSTANT_Class
                case 9, 10, 11 -> { // CONSTANT_Fieldref, Methodref, InterfaceMethodref
                    String owner = reader.readClass(offset, buffer);
                    int nameAndType = reader.getItem(reader.readUnsignedShort(offset + 2));
                    String name = reader.readUTF8(nameAndType, buffer);
                    String descriptor = reader.readUTF8(nameAndType + 2, buffer);
                    Kind kind = tag == 9 ? Kind.FIELD : Kind.METHOD;
                    if (seen.add(kind + " " + owner + " " + name + " " + descriptor)) {
                        out.references.add(new Reference(out.name, null, kind, owner, name, descriptor));
                    }
                    addDescriptor(out, null, descriptor, seen);
                }
                case 16 -> addDescriptor(out, null, reader.readUTF8(offset, buffer), seen); // CONSTANT_MethodType
                case 17, 18 -> { // CONSTANT_Dynamic, InvokeDynamic: the bootstrap is a MethodHandle entry, read above
                    int nameAndType = reader.getItem(reader.readUnsignedShort(offset + 2));
                    addDescriptor(out, null, reader.readUTF8(nameAndType + 2, buffer), seen);
                }
                default -> {
                    // Utf8, Integer, Float, Long, Double, String, NameAndType, MethodHandle (its member is
                    // its own entry), Module, Package: no class or member of their own
                }
            }
        }
    }

    private static void addType(Read out, String method, String internalName, Set<String> seen) {
        String element = elementType(internalName);
        if (element != null && (seen == null || seen.add("TYPE " + element + " null null"))) {
            out.references.add(new Reference(out.name, method, Kind.TYPE, element, null, null));
        }
    }

    private static void addDescriptor(Read out, String method, String descriptor, Set<String> seen) {
        if (descriptor == null || descriptor.isEmpty()) {
            return;
        }
        if (descriptor.charAt(0) == '(') {
            Type t = Type.getMethodType(descriptor);
            addDescriptor(out, method, t.getReturnType().getDescriptor(), seen);
            for (Type a : t.getArgumentTypes()) {
                addDescriptor(out, method, a.getDescriptor(), seen);
            }
            return;
        }
        Type t = Type.getType(descriptor);
        while (t.getSort() == Type.ARRAY) {
            t = t.getElementType();
        }
        if (t.getSort() == Type.OBJECT) {
            addType(out, method, t.getInternalName(), seen);
        }
    }

    /** The class of an internal name or array descriptor ({@code [[Ljava/lang/String;}); null for a primitive array. */
    static String elementType(String internalName) {
        if (internalName.startsWith("[")) {
            Type t = Type.getType(internalName).getElementType();
            return t.getSort() == Type.OBJECT ? t.getInternalName() : null;
        }
        return internalName;
    }

    /** The class-level reading: super types, members' signatures, annotations, and each method's code. */
    private static final class Visitor extends ClassVisitor {
        private final Read out;

        Visitor(Read out) {
            super(Opcodes.ASM9);
            this.out = out;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            out.superName = superName;
            if (superName != null) {
                addType(out, null, superName, null);
            }
            if (interfaces != null) {
                for (String i : interfaces) {
                    out.interfaces.add(i);
                    addType(out, null, i, null);
                }
            }
        }

        @Override
        public org.objectweb.asm.AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            addDescriptor(out, null, descriptor, null);
            return null;
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            out.declared.add(name + descriptor);
            addDescriptor(out, null, descriptor, null);
            return new FieldVisitor(Opcodes.ASM9) {
                @Override
                public org.objectweb.asm.AnnotationVisitor visitAnnotation(String d, boolean visible) {
                    addDescriptor(out, null, d, null);
                    return null;
                }
            };
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            String method = name + descriptor;
            out.declared.add(method);
            addDescriptor(out, method, descriptor, null);
            if (exceptions != null) {
                for (String e : exceptions) {
                    addType(out, method, e, null);
                }
            }
            List<String> strings = new ArrayList<>();
            Set<String> classes = new LinkedHashSet<>();
            out.strings.put(method, strings);
            out.classesUsed.put(method, classes);
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public org.objectweb.asm.AnnotationVisitor visitAnnotation(String d, boolean visible) {
                    addDescriptor(out, method, d, null);
                    return null;
                }

                @Override
                public void visitTypeInsn(int opcode, String type) {
                    String t = elementType(type);
                    if (t != null) {
                        classes.add(t);
                    }
                    addType(out, method, type, null);
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String fieldName, String fieldDescriptor) {
                    member(Kind.FIELD, owner, fieldName, fieldDescriptor);
                }

                @Override
                public void visitMethodInsn(int opcode, String owner, String methodName, String methodDescriptor, boolean isInterface) {
                    member(Kind.METHOD, owner, methodName, methodDescriptor);
                    if (opcode == Opcodes.INVOKESTATIC && methodDescriptor.startsWith("(Ljava/lang/String;Ljava/lang/String;")
                            && isModelDsl(owner) && !strings.isEmpty()) {
                        if (methodName.equals("rule")) {
                            out.rulesDeclared.computeIfAbsent(method, k -> new ArrayList<>()).add(strings.get(strings.size() - 1));
                        } else if (methodName.equals("query")) {
                            out.queriesDeclared.computeIfAbsent(method, k -> new ArrayList<>()).add(strings.get(strings.size() - 1));
                        }
                    }
                }

                @Override
                public void visitInvokeDynamicInsn(String indyName, String indyDescriptor, Handle bootstrap, Object... arguments) {
                    addDescriptor(out, method, indyDescriptor, null);
                    handle(bootstrap);
                    for (Object a : arguments) {
                        constant(a);
                    }
                }

                @Override
                public void visitLdcInsn(Object value) {
                    if (value instanceof String s) {
                        strings.add(s);
                    }
                    constant(value);
                }

                @Override
                public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
                    addDescriptor(out, method, descriptor, null);
                }

                @Override
                public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                    if (type != null) {
                        addType(out, method, type, null);
                    }
                }

                @Override
                public void visitLocalVariable(String localName, String localDescriptor, String localSignature, Label start, Label end, int index) {
                    addDescriptor(out, method, localDescriptor, null);
                }

                private void constant(Object value) {
                    if (value instanceof Type t) {
                        if (t.getSort() == Type.METHOD) {
                            addDescriptor(out, method, t.getDescriptor(), null);
                        } else {
                            addDescriptor(out, method, t.getDescriptor(), null);
                            String c = t.getSort() == Type.OBJECT ? t.getInternalName()
                                    : t.getSort() == Type.ARRAY ? elementType(t.getDescriptor()) : null;
                            if (c != null) {
                                classes.add(c);
                            }
                        }
                    } else if (value instanceof Handle h) {
                        handle(h);
                    } else if (value instanceof ConstantDynamic d) {
                        addDescriptor(out, method, d.getDescriptor(), null);
                        handle(d.getBootstrapMethod());
                        for (int i = 0; i < d.getBootstrapMethodArgumentCount(); i++) {
                            constant(d.getBootstrapMethodArgument(i));
                        }
                    }
                }

                private void handle(Handle h) {
                    member(h.getTag() <= Opcodes.H_PUTSTATIC ? Kind.FIELD : Kind.METHOD, h.getOwner(), h.getName(), h.getDesc());
                }

                private void member(Kind kind, String owner, String memberName, String memberDescriptor) {
                    String o = elementType(owner);
                    if (o != null) {
                        classes.add(o);
                    }
                    addType(out, method, owner, null);
                    out.references.add(new Reference(out.name, method, kind, o == null ? owner : o, memberName, memberDescriptor));
                    addDescriptor(out, method, memberDescriptor, null);
                }
            };
        }
    }

    /** The executable model's rule-building DSL, whose {@code rule(package, name)} starts each rule. */
    private static boolean isModelDsl(String owner) {
        return owner.equals("org/drools/modelcompiler/dsl/pattern/D") || owner.equals("org/drools/model/PatternDSL")
                || owner.equals("org/drools/model/DSL") || owner.equals("org/drools/modelcompiler/dsl/flow/D");
    }
}
