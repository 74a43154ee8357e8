package org.scalingexplorer.archfixture.model;

/** Breaks "the engine knows no file format": reads JSON itself. */
public final class BadFormat {
    public Object read(String json) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    }
}
