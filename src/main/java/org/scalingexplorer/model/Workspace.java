package org.scalingexplorer.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.scalingexplorer.model.fit.AppliedFit;
import org.scalingexplorer.model.fit.NotableModel;

/**
 * Everything an analyst builds in a session, as saved in a workspace file: the dataset as opened and as edited
 * (innovation edits and what-if algorithms are in it), innovations switched off, fits applied, the view, the
 * story of saved views and the notable models imported from Epoch AI.
 *
 * @param source the file the dataset was opened from and its SHA-256, when it came from one
 */
public record Workspace(Optional<Source> source, Dataset loaded, Dataset dataset, Set<String> excluded, List<AppliedFit> fits, View view,
                        List<Keyframe> story, List<NotableModel> notable) {
    public Workspace(Optional<Source> source, Dataset loaded, Dataset dataset, Set<String> excluded, List<AppliedFit> fits, View view,
                     List<Keyframe> story) {
        this(source, loaded, dataset, excluded, fits, view, story, List.of());
    }

    public record Source(Path path, String sha256) {
    }

    /** The view: what the window shows and how. */
    public record View(String reference, Anchor anchor, double log10Compute, double year, Attribution.Mode mode, String theme,
                       boolean colorBlindSafe, int sideTab, boolean sidePanel) {
    }

    /** A saved view of a story: everything a presenter sets up before a slide. */
    public record Keyframe(String name, String reference, Anchor anchor, double log10Compute, double year, Attribution.Mode mode,
                           int sideTab, boolean sidePanel) {
        public Keyframe {
            name = Names.visible(name);
        }
    }

    public Workspace {
        source = source == null ? Optional.empty() : source;
        excluded = Set.copyOf(excluded);
        fits = List.copyOf(fits);
        story = List.copyOf(story);
        notable = notable == null ? List.of() : List.copyOf(notable);
    }
}
