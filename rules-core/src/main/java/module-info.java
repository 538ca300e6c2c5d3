/**
 * JusteDroit's engine: decides French benefit entitlements from household facts with Drools rule
 * sets, and explains every euro.
 *
 * <p>The API is {@link fr.justedroit.JusteDroit} and the contract in {@code fr.justedroit}; rule
 * authors use {@code fr.justedroit.rules} (what a DRL file sees), analysts {@code fr.justedroit.scenario}
 * and {@code fr.justedroit.check}, simulations {@code fr.justedroit.synthetic}, histories (indus and rappels)
 * {@code fr.justedroit.history}. {@code fr.justedroit.internal}
 * is not exported: nothing outside this module can depend on it.
 *
 * <p>On the module path, Drools' jars are automatic modules (no descriptor of their own): they are
 * all resolved as soon as this module requires one of them.
 */
// Drools 10.2 ships automatic modules only: requiring them is the only way, and javac says so each build.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module fr.justedroit {
    // fr.justedroit.rules.Explanations takes Drools' RuleContext (a DRL consequence's kcontext).
    requires transitive org.kie.api;
    requires org.drools.compiler;
    requires org.drools.base;
    // The compiled network, read once per engine to know which fact types its patterns match (RuleSetFacts).
    requires org.drools.core;
    requires org.drools.util;
    // The bundled catalog's executable model, compiled when the project is built, is loaded through these.
    requires org.drools.modelcompiler;
    requires org.drools.canonicalmodel;
    // Sentences: ICU's MessageFormat (plural, select, ordinals) and number formats.
    requires com.ibm.icu;
    // Only for Builder.executableModel(true); the classic compiler needs it not.
    requires static org.drools.model.codegen;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    requires com.networknt.schema;
    requires java.xml;
    // Drools logs through SLF4J, and an automatic module cannot require it: without this, SLF4J is not
    // resolved on the module path (NoClassDefFoundError: org/slf4j/LoggerFactory).
    requires org.slf4j;
    // fr.justedroit.scenario.ScenarioTests turns scenario files into JUnit tests, for a suite's own test classpath.
    requires static org.junit.jupiter.api;

    exports fr.justedroit;
    exports fr.justedroit.rules;
    exports fr.justedroit.scenario;
    exports fr.justedroit.check;
    exports fr.justedroit.synthetic;
    exports fr.justedroit.history;

    // The contract's published JSON Schemas (justedroit/contract/*.schema.json): read through the class
    // loader, by the engine and by whoever publishes them; a resource folder of a named module is
    // otherwise encapsulated, and the engine failed on the module path without this.
    opens justedroit.contract;
}
