package fr.justedroit.examples;

import fr.justedroit.JusteDroit;
import java.nio.file.Path;

/** Engines shared by the tests of the module: compiling the catalog takes seconds, so it is done once. */
public final class Engines {
    /** The folder of the shipped reform examples (tests run in the module's folder). */
    public static final Path REFORMS = Path.of("reforms");

    private static JusteDroit law;
    private static JusteDroit rsaPlus10;
    private static JusteDroit reconjugalisation;

    private Engines() {
    }

    /** The bundled catalog: the law in force. */
    public static synchronized JusteDroit law() {
        if (law == null) {
            law = JusteDroit.builder().catalog().build();
        }
        return law;
    }

    /** The catalog with the reform {@code reforms/rsa-plus-10}. */
    public static synchronized JusteDroit rsaPlus10() {
        if (rsaPlus10 == null) {
            rsaPlus10 = JusteDroit.builder().catalog().reform(REFORMS.resolve("rsa-plus-10")).build();
        }
        return rsaPlus10;
    }

    /** The catalog with the reform {@code reforms/reconjugalisation} (the AAH with the partner's resources again). */
    public static synchronized JusteDroit reconjugalisation() {
        if (reconjugalisation == null) {
            reconjugalisation = JusteDroit.builder().catalog().reform(REFORMS.resolve("reconjugalisation")).build();
        }
        return reconjugalisation;
    }
}
