/**
 * The senrules decision service: the JSON contract over HTTP for council systems that are not
 * Java, with its OpenAPI description, a JSON Schema per rule set and the rule book in the
 * browser. Start it with {@link org.senrules.server.DecisionService}.
 */
module org.senrules.server {
    exports org.senrules.server;

    requires transitive org.senrules.core;
    // a council's rules folder is compiled at run time
    requires org.senrules.compiler;
    requires org.senrules.simulation;
    requires com.fasterxml.jackson.databind;
    requires io.javalin;
    requires org.slf4j;
}
