package org.scalingexplorer.model;

/** A source a dataset rests on: readable text, an optional BibTeX entry and URL. */
public record Citation(String key, String text, String bibtex, String url) {
    public Citation {
        key = key == null ? "" : key;
        text = text == null ? "" : text;
        bibtex = bibtex == null ? "" : bibtex;
        url = url == null ? "" : url;
    }
}
