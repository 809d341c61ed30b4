/**
 * The DRL compiler for rule files compiled at run time (a rules folder, or a pack without
 * pre-built rules). The module has no code of its own: requiring it brings the libraries that
 * sen-core's run-time compiler uses onto the module graph. An engine that is given a rules folder
 * without it says to add {@code org.senrules:sen-rules-compiler} and {@code requires
 * org.senrules.compiler;}.
 */
module org.senrules.compiler {
    requires transitive org.senrules.core;
    // the executable model's code generator, and the DRL parser, Java compiler and MVEL it uses
    requires org.drools.model.codegen;
    requires org.drools.drl.parser;
    requires org.drools.drl.ast;
    requires org.drl.extensions;
    requires org.drools.ecj;
    requires org.eclipse.jdt.core.compiler.batch;
    requires org.drools.mvel;
    requires org.kie.util.maven.support;
}
