package fr.justedroit.scenario;

import fr.justedroit.InputError;
import fr.justedroit.JusteDroit;
import fr.justedroit.scenario.SuiteResult.FileResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A run of scenarios as JUnit XML (the format of Surefire reports, read by CI servers): one
 * {@code <testsuite>} per file, one {@code <testcase>} per scenario, a {@code <failure>} for each
 * scenario that failed (with the report's text of the failure), an {@code <error>} for a file that
 * cannot be read.
 */
public final class JUnitXml {

    private JUnitXml() {
    }

    /** Writes the XML to {@code file} (UTF-8), creating its folder if needed. */
    public static void write(SuiteResult result, JusteDroit engine, ScenarioReport.Options options, Path file) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, xml(result, engine, options), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The XML document. */
    public static String xml(SuiteResult result, JusteDroit engine, ScenarioReport.Options options) {
        Document doc;
        try {
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        Element root = doc.createElement("testsuites");
        doc.appendChild(root);
        root.setAttribute("name", "justedroit scenarios");
        int tests = 0;
        int failures = 0;
        int errors = 0;
        Duration total = Duration.ZERO;
        for (FileResult f : result.files()) {
            Element suite = doc.createElement("testsuite");
            root.appendChild(suite);
            String name = f.file().toString().replace('\\', '/');
            suite.setAttribute("name", name);
            Duration time = Duration.ZERO;
            int fileFailures = 0;
            if (f.error() != null) {
                Element tc = testcase(doc, suite, name, "(file)", Duration.ZERO);
                Element error = doc.createElement("error");
                error.setAttribute("message", clean("not a valid scenario file"));
                error.setAttribute("type", "ScenarioFileException");
                StringBuilder text = new StringBuilder();
                for (InputError e : f.error().errors()) {
                    text.append(e).append('\n');
                }
                error.setTextContent(clean(text.toString()));
                tc.appendChild(error);
                errors++;
                tests++;
            }
            for (ScenarioOutcome o : f.outcomes()) {
                Element tc = testcase(doc, suite, name, o.scenario().name(), o.duration());
                time = time.plus(o.duration());
                if (!o.passed()) {
                    Element failure = doc.createElement("failure");
                    failure.setAttribute("message", clean(String.join("; ", o.failures())));
                    failure.setAttribute("type", "ScenarioFailure");
                    failure.setTextContent(clean(ScenarioReport.failure(o, engine, options)));
                    tc.appendChild(failure);
                    fileFailures++;
                }
            }
            suite.setAttribute("tests", String.valueOf(f.outcomes().size() + (f.error() == null ? 0 : 1)));
            suite.setAttribute("failures", String.valueOf(fileFailures));
            suite.setAttribute("errors", String.valueOf(f.error() == null ? 0 : 1));
            suite.setAttribute("skipped", "0");
            suite.setAttribute("time", seconds(time));
            tests += f.outcomes().size();
            failures += fileFailures;
            total = total.plus(time);
        }
        root.setAttribute("tests", String.valueOf(tests));
        root.setAttribute("failures", String.valueOf(failures));
        root.setAttribute("errors", String.valueOf(errors));
        root.setAttribute("time", seconds(total));
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Element testcase(Document doc, Element suite, String classname, String name, Duration time) {
        Element tc = doc.createElement("testcase");
        tc.setAttribute("classname", clean(classname));
        tc.setAttribute("name", clean(name));
        tc.setAttribute("time", seconds(time));
        suite.appendChild(tc);
        return tc;
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.3f", d.toNanos() / 1e9);
    }

    /** Drops the characters XML 1.0 cannot hold (control characters other than tab and line breaks). */
    private static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
