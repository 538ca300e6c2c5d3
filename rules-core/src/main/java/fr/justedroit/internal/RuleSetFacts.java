package fr.justedroit.internal;

import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.EntryPointNode;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;

/** What the compiled network of a rule set matches among the facts the engine can insert. */
final class RuleSetFacts {
    private RuleSetFacts() {
    }

    /**
     * Whether some pattern of {@code kieBase} matches inserted facts of {@code type} (a pattern on
     * the type or on one of its supertypes; a pattern read {@code from} an expression is not one).
     * Drools builds an object-type node for each type that inserted facts are matched on: no node,
     * no rule that would see such a fact.
     */
    static boolean matches(KieBase kieBase, Class<?> type) {
        if (!(kieBase instanceof InternalRuleBase ruleBase)) {
            return true; // not a network this can read: insert, as if it matched
        }
        for (EntryPointNode entryPoint : ruleBase.getRete().getEntryPointNodes().values()) {
            for (ObjectTypeNode node : entryPoint.getObjectTypeNodes().values()) {
                if (node.getObjectType().isAssignableFrom(type)) {
                    return true;
                }
            }
        }
        return false;
    }
}
