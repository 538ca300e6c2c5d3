package fr.justedroit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** {@code justedroit sweep} as the README runs it. */
class SweepCommandTest {

    @Test
    void writesTheCsvAndTheChart(@TempDir Path dir) throws Exception {
        EvaluateExamplesTest.Run r = EvaluateExamplesTest.run("sweep", EvaluateExamplesTest.EXAMPLES.resolve("couple-2-enfants.json").toString(),
                "--person", "alice", "--income", "net_social_salary", "--from", "0", "--to", "3000", "--step", "50",
                "--out", dir.toString());
        assertThat(r.status()).as(r.err()).isZero();
        Path csv = dir.resolve("sweep-alice-net_social_salary-2025-06.csv");
        Path svg = dir.resolve("sweep-alice-net_social_salary-2025-06.svg");
        assertThat(r.out()).contains("Wrote " + csv, "(61 rows)", svg.toString());

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(62);
        assertThat(lines.get(0)).startsWith("income,rsa,").endsWith(",household_income,disposable_income,effective_marginal_rate");
        assertThat(lines.get(1)).startsWith("0.00,");
        assertThat(lines.get(61)).startsWith("3000.00,");

        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(Files.readString(svg))));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        NodeList paths = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path");
        boolean rsa = false;
        boolean disposable = false;
        for (int i = 0; i < paths.getLength(); i++) {
            Element p = (Element) paths.item(i);
            rsa |= p.getAttribute("data-benefit").equals("rsa");
            disposable |= p.getAttribute("id").equals("disposable");
        }
        assertThat(rsa).as("an area for the RSA").isTrue();
        assertThat(disposable).as("the disposable income line").isTrue();
    }

    @Test
    void badOptionsExitWith2AndSayWhy(@TempDir Path dir) {
        String file = EvaluateExamplesTest.EXAMPLES.resolve("couple-2-enfants.json").toString();
        EvaluateExamplesTest.Run type = EvaluateExamplesTest.run("sweep", file, "--income", "salary", "--out", dir.toString());
        assertThat(type.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(type.err()).contains("'salary' is not an income type", "net_social_salary");
        EvaluateExamplesTest.Run missing = EvaluateExamplesTest.run("sweep", "no-such.json", "--out", dir.toString());
        assertThat(missing.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(missing.err()).contains("no-such.json: no such file");
    }
}
