package org.scalingexplorer.model;

import java.util.List;

/** A source a dataset rests on: readable text, an optional BibTeX entry and URL. */
public record Citation(String key, String text, String bibtex, String url) {
    public Citation {
        key = key == null ? "" : key;
        text = text == null ? "" : Names.visibleLines(text);
        bibtex = bibtex == null ? "" : Names.visibleLines(bibtex);
        url = url == null ? "" : url;
    }

    /** Sources as one reference per line (with its URL), then their BibTeX entries. */
    public static String describe(List<Citation> citations) {
        StringBuilder text = new StringBuilder();
        StringBuilder bib = new StringBuilder();
        for (Citation c : citations) {
            text.append(c.text());
            if (!c.url().isBlank() && !c.text().contains(c.url())) text.append(' ').append(c.url());
            text.append('\n');
            if (!c.bibtex().isBlank()) bib.append(c.bibtex().strip()).append("\n\n");
        }
        if (text.length() == 0) return "The dataset names no sources.";
        return text + (bib.length() == 0 ? "" : "\n" + bib.toString().strip() + "\n");
    }
}
