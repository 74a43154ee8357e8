package org.scalingexplorer.ui.attribution;

/**
 * One innovation in the innovation table.
 *
 * @param value  the multiplier (scale-invariant, as 1.0304×) or that it varies with compute (scale-dependent)
 * @param anchor "reference" or "candidate" for scale-dependent innovations, empty otherwise
 * @param edited whether it differs from the dataset as loaded (or is switched off)
 * @param how    how its gain is found, in names, for the row's tooltip
 */
public record InnovationRow(String id, String name, int year, boolean scaleDependent, String value, String anchor,
                            boolean enabled, boolean edited, String how) {
}
