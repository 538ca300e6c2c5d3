package fr.justedroit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the DRL text tells without compiling it. */
class RuleIndexTest {
    static final String DRL = """
            package justedroit.catalog;
            // rule "not.a.rule" in a comment; params.get("x.commented") neither
            /* rule "nor.this"
               params.get("x.in_block") */
            function java.math.BigDecimal taux(MonthParameters params, int n) {
                return params.value("x.taux_" + n);
            }
            function java.math.BigDecimal lu(MonthParameters params, String id) {
                return params.value(id);
            }
            rule "x.premiere"
                @legalRef("Code art. 1")
            when
                DecisionMonth()
            then
                explain.of(kcontext, "x", "household").with("a", params.get("x.a").value())
                       .with("cause", new Term("x.cause.one"));
                lu(params, "x.by_helper");
            end

            rule "x.seconde"
            when
                DecisionMonth()
            then
                explain.of(kcontext, "x", "household").key("x.seconde.texte");
                explain.of(kcontext, "x", "household").key("x." + "dynamic");
            end

            rule "x.silencieuse" when DecisionMonth() then insert(new Object());
            end
            """;

    @Test
    void rulesWithTheirFileLineRuleSetAndMessageKeys() {
        RuleIndex index = RuleIndex.of(Map.of("x/x.drl", DRL, "y.drl", "rule \"y.z\" when then end\n"));

        assertThat(index.rules()).extracting(RuleIndex.DeclaredRule::name)
                .containsExactlyInAnyOrder("x.premiere", "x.seconde", "x.silencieuse", "y.z");
        RuleIndex.DeclaredRule first = index.rule("x.premiere").orElseThrow();
        assertThat(first.file()).isEqualTo("x/x.drl");
        assertThat(first.line()).isEqualTo(11);
        assertThat(first.ruleSet()).isEqualTo("x");
        assertThat(first.explains()).isTrue();
        assertThat(first.messageKeys()).containsExactly("x.premiere");
        assertThat(first.termKeys()).containsExactly("term.x.cause.one");
        RuleIndex.DeclaredRule second = index.rule("x.seconde").orElseThrow();
        assertThat(second.messageKeys()).containsExactly("x.seconde.texte");
        RuleIndex.DeclaredRule silent = index.rule("x.silencieuse").orElseThrow();
        assertThat(silent.explains()).isFalse();
        assertThat(silent.messageKeys()).isEmpty();
        assertThat(index.ruleSetOf("y.z")).isEqualTo("y");
        assertThat(index.ruleSetOf("unknown.rule")).isEqualTo("unknown");
    }

    @Test
    void parametersNamedInCodeButNotInComments() {
        RuleIndex index = RuleIndex.of(Map.of("x/x.drl", DRL));

        assertThat(index.mentionsParameter("x.a")).isTrue();
        assertThat(index.mentionsParameter("x.by_helper")).isTrue();
        assertThat(index.mentionsParameter("x.taux_1")).isTrue();
        assertThat(index.mentionsParameter("x.commented")).isFalse();
        assertThat(index.mentionsParameter("x.in_block")).isFalse();
        assertThat(index.mentionsParameter("x.premiere")).isFalse();
        assertThat(index.parameterReads()).extracting(RuleIndex.ParameterRead::id).containsExactly("x.a");
        assertThat(index.parameterReads().get(0).line()).isEqualTo(16);
    }
}
