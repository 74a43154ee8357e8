package org.scalingexplorer.model;

/**
 * How a law's loss is measured: on which evaluation data, with which tokenizer, what loss in what unit. Two losses
 * can be compared, and so a CEG computed between their laws, only on one scale (docs/science.md#loss-scales).
 *
 * @param id   how algorithms refer to it; empty for "not declared" (datasets of format version 1)
 * @param name a short name for messages, e.g. {@code C4 (GPT-2 tokenizer)}
 */
public record LossScale(String id, String name, String data, String tokenizer, String loss) {
    /** The scale of an algorithm whose dataset declares none. */
    public static final LossScale UNDECLARED = new LossScale("", "an undeclared loss scale", "", "", "");

    public LossScale {
        id = id == null ? "" : id;
        name = Names.visible(name == null || name.isBlank() ? id : name);
        data = data == null ? "" : Names.visible(data);
        tokenizer = tokenizer == null ? "" : Names.visible(tokenizer);
        loss = loss == null ? "" : Names.visible(loss);
    }
}
