package org.scalingexplorer.ui.attribution;

/**
 * One innovation in the innovation table.
 *
 * @param value  the multiplier (scale-invariant) or how the gain is computed (scale-dependent)
 * @param anchor "reference" or "candidate" for scale-dependent innovations, empty otherwise
 * @param edited whether it differs from the dataset as loaded (or is switched off)
 */
public record InnovationRow(String id, String name, int year, boolean scaleDependent, String value, String anchor,
                            boolean enabled, boolean edited) {
}
