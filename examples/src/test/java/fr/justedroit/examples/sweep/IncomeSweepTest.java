package fr.justedroit.examples.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.justedroit.IncomeType;
import fr.justedroit.Language;
import fr.justedroit.Request;
import fr.justedroit.Requests;
import fr.justedroit.examples.Engines;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class IncomeSweepTest {
    /** A single parent with a child of 4, tenant with a housing aid, no income but the one swept. */
    static final String SINGLE_PARENT = """
            {"month": "2025-06",
             "household": {"persons": [{"id": "alice", "role": "applicant", "birthDate": "1990-05-14", "activity": "employed"},
                                       {"id": "leo", "role": "child", "birthDate": "2021-01-20"}],
                           "housing": {"status": "tenant", "housingAid": true},
                           "singleParentSince": "2022-01-01"}}
            """;

    static IncomeSweep.Result sweep;

    @BeforeAll
    static void run() {
        sweep = IncomeSweep.run(Engines.law(), Requests.fromJson(SINGLE_PARENT), "alice", IncomeType.NET_SOCIAL_SALARY,
                BigDecimal.ZERO, new BigDecimal("2500"), new BigDecimal("25"));
    }

    @Test
    void everyPointAddsUp() {
        assertThat(sweep.points()).hasSize(101);
        assertThat(sweep.benefits()).contains("rsa");
        for (int i = 0; i < sweep.points().size(); i++) {
            IncomeSweep.Point p = sweep.points().get(i);
            assertThat(p.income()).isEqualByComparingTo(BigDecimal.valueOf(25L * i));
            // The swept pay is the household's only income.
            assertThat(p.ownIncome()).isEqualByComparingTo(p.income());
            BigDecimal benefits = sweep.monthlyBenefits().stream().map(b -> p.benefits().get(b)).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(p.disposable()).isEqualByComparingTo(p.ownIncome().add(benefits));
            if (i == 0) {
                assertThat(p.marginalRate()).isNull();
            } else {
                BigDecimal kept = p.disposable().subtract(sweep.points().get(i - 1).disposable());
                assertThat(p.marginalRate()).isEqualByComparingTo(BigDecimal.ONE.subtract(kept.divide(new BigDecimal("25"), 4,
                        java.math.RoundingMode.HALF_UP)));
            }
        }
        // Without income the RSA is paid; with 2 500 € of pay it is not.
        assertThat(sweep.points().get(0).benefits().get("rsa")).isPositive();
        assertThat(sweep.points().get(100).benefits().get("rsa")).isZero();
        assertThat(sweep.exits()).containsKey("rsa");
    }

    @Test
    void eachPointIsTheDecisionOfTheHouseholdWithThatIncome() {
        Request base = Requests.fromJson(SINGLE_PARENT);
        for (int i : new int[] {0, 17, 40, 100}) {
            IncomeSweep.Point p = sweep.points().get(i);
            Request r = IncomeSweep.withIncome(base, "alice", IncomeType.NET_SOCIAL_SALARY, p.income());
            assertThat(r.household().person("alice").orElseThrow().incomes()).hasSize(12)
                    .allMatch(in -> in.month().isBefore(YearMonth.of(2025, 6)) && !in.month().isBefore(YearMonth.of(2024, 6)));
            BigDecimal rsa = Engines.law().decide(r).decisions("rsa").stream()
                    .filter(d -> d.status() == fr.justedroit.Status.ELIGIBLE).map(fr.justedroit.Decision::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(p.benefits().get("rsa")).isEqualByComparingTo(rsa);
        }
    }

    @Test
    void theCsvHasAColumnPerBenefitAndARowPerPoint() {
        String[] lines = SweepCsv.write(sweep).split("\n");
        List<String> header = List.of(lines[0].split(",", -1));
        assertThat(header.get(0)).isEqualTo("income");
        assertThat(header).containsSubsequence("income", "rsa", "household_income", "disposable_income", "effective_marginal_rate");
        assertThat(header).hasSize(sweep.benefits().size() + 4);
        assertThat(lines).hasSize(sweep.points().size() + 1);
        assertThat(lines[1]).startsWith("0.00,").endsWith(",");                 // no rate for the first point
        String[] second = lines[2].split(",", -1);
        assertThat(second).hasSize(header.size());
        assertThat(second[0]).isEqualTo("25.00");
        assertThat(second[header.indexOf("effective_marginal_rate")]).matches("-?\\d+\\.\\d{4}");
        assertThat(new BigDecimal(second[header.indexOf("disposable_income")]))
                .isEqualByComparingTo(sweep.points().get(1).disposable());
    }

    @Test
    void theChartIsValidSvgWithAnAreaPerBenefitTheDisposableLineAndTheCliffs() throws Exception {
        for (Language language : Language.values()) {
            String svg = SweepChart.svg(sweep, language);
            Document doc = parse(svg);
            Element root = doc.getDocumentElement();
            assertThat(root.getLocalName()).isEqualTo("svg");
            assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
            List<String> areas = new ArrayList<>();
            NodeList paths = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path");
            Element disposable = null;
            for (int i = 0; i < paths.getLength(); i++) {
                Element path = (Element) paths.item(i);
                if (path.hasAttribute("data-benefit")) {
                    areas.add(path.getAttribute("data-benefit"));
                    assertThat(path.getAttribute("d")).startsWith("M").endsWith("Z");
                }
                if (path.getAttribute("id").equals("disposable")) {
                    disposable = path;
                }
            }
            assertThat(areas).containsExactlyElementsOf(sweep.monthlyBenefits());
            assertThat(disposable).isNotNull();
            // One vertex per point on the disposable income line.
            assertThat(disposable.getAttribute("d").split("[ML]")).hasSize(sweep.points().size() + 1);
            assertThat(svg).contains("id=\"area-own_income\"", "id=\"emtr\"", "id=\"legend\"");
            long cliffs = count(doc, "rect", "class", "cliff");
            assertThat(cliffs).isEqualTo(sweep.cliffs().size());
            assertThat(svg).contains(language == Language.FR ? "Revenu disponible" : "Disposable income");
        }
    }

    @Test
    void aCliffIsFoundWhereTheDisposableIncomeFalls() {
        // At the RSA's payment threshold (6 €) the last euros of RSA vanish while pay rises: with a
        // 1-euro step around it, the disposable income falls.
        BigDecimal exit = sweep.exits().get("rsa");
        IncomeSweep.Result fine = IncomeSweep.run(Engines.law(), Requests.fromJson(SINGLE_PARENT), "alice",
                IncomeType.NET_SOCIAL_SALARY, exit.subtract(new BigDecimal("40")), exit.add(new BigDecimal("10")), BigDecimal.ONE);
        List<IncomeSweep.Cliff> cliffs = fine.cliffs();
        assertThat(cliffs).isNotEmpty();
        for (IncomeSweep.Cliff c : cliffs) {
            assertThat(c.loss()).isPositive();
            assertThat(c.to()).isGreaterThan(c.from());
        }
        String svg = SweepChart.svg(fine, Language.EN);
        assertThat(count(svg, "class=\"cliff\"")).isEqualTo(cliffs.size());
    }

    @Test
    void badArgumentsAreNamed() {
        Request r = Requests.fromJson(SINGLE_PARENT);
        assertThatThrownBy(() -> IncomeSweep.run(Engines.law(), r, "bob", IncomeType.PENSION, BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ONE))
                .hasMessageContaining("'bob'").hasMessageContaining("alice, leo");
        assertThatThrownBy(() -> IncomeSweep.run(Engines.law(), r, "alice", IncomeType.PENSION, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ONE))
                .hasMessageContaining("from ≤ to");
        assertThatThrownBy(() -> IncomeSweep.run(Engines.law(), r, "alice", IncomeType.PENSION, BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ZERO))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> IncomeSweep.run(Engines.law(), r, "alice", IncomeType.PENSION, BigDecimal.ZERO,
                new BigDecimal("1000000"), new BigDecimal("0.01"))).hasMessageContaining("at most");
    }

    @Test
    void anAnnualTypeIsSweptForNMinus2AndNMinus1() {
        Request r = IncomeSweep.withIncome(Requests.fromJson(SINGLE_PARENT), "alice", IncomeType.TAXABLE_INCOME, new BigDecimal("9000"));
        assertThat(r.household().person("alice").orElseThrow().incomes())
                .extracting(fr.justedroit.Income::year).containsExactly(2023, 2024);
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    static long count(Document doc, String tag, String attribute, String value) {
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
        long n = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            if (value.equals(((Element) nodes.item(i)).getAttribute(attribute))) {
                n++;
            }
        }
        return n;
    }

    static long count(String text, String needle) {
        return (text.length() - text.replace(needle, "").length()) / needle.length();
    }
}
