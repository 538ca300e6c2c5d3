package fr.justedroit.catalog;

import fr.justedroit.JusteDroit;

/** The bundled catalog, compiled once for all the tests of this module (a build takes seconds). */
public final class CatalogEngine {
    private static final JusteDroit ENGINE = JusteDroit.builder().catalog().build();

    private CatalogEngine() {
    }

    public static JusteDroit get() {
        return ENGINE;
    }
}
