package org.scalingexplorer.model.fit;

/**
 * Something a reader of a fit must know before trusting it, as a short code (stable, for JSON) and a sentence.
 * Codes: {@code e-not-identified}, {@code interval-refused}, {@code failed-resamples}, {@code narrow-range},
 * {@code few-runs}, {@code points-at-floor}.
 */
public record FitWarning(String code, String message) {
    public FitWarning {
        if (code == null || code.isBlank()) throw new IllegalArgumentException("a warning needs a code");
    }
}
