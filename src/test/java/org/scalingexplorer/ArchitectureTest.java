package org.scalingexplorer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * The layers, checked on the compiled classes (a reference by fully qualified name counts as much as an import):
 * the engine ({@code model}), readers ({@code io}), drawing ({@code render}) and figures ({@code figure}) know nothing
 * of JavaFX or the UI; the command line knows no UI; view models hold no nodes and no other view model; views compute
 * nothing of the engine. Each rule is shown to fail on a class that breaks it (test fixtures under {@code archfixture}).
 */
class ArchitectureTest {
    static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.scalingexplorer");
    static final JavaClasses FIXTURES = new ClassFileImporter().importPackages("org.scalingexplorer.archfixture");

    /** The engine's computing classes, which views leave to view models and figures. */
    static final List<String> ENGINE = List.of("Ceg", "CegCurves", "Attribution", "Sensitivity", "ReferenceFrames", "CegMatrix",
            "Extrapolation", "AllocationView", "fit.Fitter", "fit.Bootstrap", "fit.Uncertainty");

    /** The rules for the application under {@code root} (the real one, or the fixtures'). */
    record Rules(String root) {
        /**
         * The layers, bottom up: the engine; files and drawing, each on the engine alone; figures on drawing; the
         * window and the command line on all of those, neither on the other; the entry point and composition root on
         * top. A layer is used only by the layers above it.
         */
        ArchRule layers() {
            return layeredArchitecture().consideringOnlyDependenciesInLayers()
                    .layer("model").definedBy(root + ".model..")
                    .layer("io").definedBy(root + ".io..")
                    .layer("render").definedBy(root + ".render..")
                    .layer("figure").definedBy(root + ".figure..")
                    .layer("ui").definedBy(root + ".ui..")
                    .layer("cli").definedBy(root + ".cli..")
                    .layer("app").definedBy(new DescribedPredicate<JavaClass>("the entry point and composition root") {
                        @Override
                        public boolean test(JavaClass c) {
                            return c.getPackageName().equals(root);
                        }
                    })
                    .whereLayer("app").mayNotBeAccessedByAnyLayer()
                    .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                    .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
                    .whereLayer("figure").mayOnlyBeAccessedByLayers("ui", "cli", "app")
                    .whereLayer("render").mayOnlyBeAccessedByLayers("figure", "ui", "cli", "app")
                    .whereLayer("io").mayOnlyBeAccessedByLayers("ui", "cli", "app")
                    .whereLayer("model").mayOnlyBeAccessedByLayers("io", "render", "figure", "ui", "cli", "app");
        }

        /** The window's features (explorer, attribution, runs, shell, ...) use each other in one direction only. */
        ArchRule uiFeaturesFreeOfCycles() {
            return slices().matching(root + ".ui.(*)..").should().beFreeOfCycles();
        }

        ArchRule modelKnowsNoFormats() {
            return noClasses().that().resideInAPackage(root + ".model..").should().dependOnClassesThat()
                    .resideInAnyPackage("com.fasterxml..", "org.apache.commons.csv..", root + ".io..")
                    .because("the engine computes; reading and writing files is io's");
        }

        ArchRule toolkitFree() {
            return noClasses().that().resideInAnyPackage(root + ".model..", root + ".io..", root + ".render..", root + ".figure..")
                    .should().dependOnClassesThat().resideInAnyPackage("javafx..", root + ".ui..")
                    .because("the engine, readers, drawing and figures run without the toolkit (the command line uses them)");
        }

        ArchRule commandLineWithoutUi() {
            return noClasses().that().resideInAPackage(root + ".cli..")
                    .should().dependOnClassesThat().resideInAnyPackage("javafx..", root + ".ui..")
                    .because("the command line draws through the figure layer, not the window's classes");
        }

        ArchRule viewModelsHoldNoNodes() {
            return noClasses().that(viewModels()).should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                    .because("view models hold properties, never nodes");
        }

        ArchRule viewModelsKnowNoOtherViewModel() {
            return classes().that(viewModels()).should(new ArchCondition<JavaClass>("depend on no other view model") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                        // a nested type of another view model (its records, its enums) counts as that view model
                        String outer = d.getTargetClass().getName().replaceAll("\\$.*", "");
                        String simple = outer.substring(outer.lastIndexOf('.') + 1);
                        if (!outer.equals(origin.getName()) && outer.startsWith(root + ".ui") && simple.endsWith("ViewModel")) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    }
                }
            }).because("shared state lives in the application state, not in other view models");
        }

        ArchRule viewsComputeNothing() {
            List<String> engine = ENGINE.stream().map(n -> root + ".model." + n).toList();
            return noClasses().that(views()).should().dependOnClassesThat(new DescribedPredicate<JavaClass>("are engine classes " + ENGINE) {
                @Override
                public boolean test(JavaClass c) {
                    return engine.contains(c.getName());
                }
            }).because("views bind to view models; numbers come from the engine through them");
        }

        private DescribedPredicate<JavaClass> viewModels() {
            return new DescribedPredicate<>("are view models under " + root + ".ui") {
                @Override
                public boolean test(JavaClass c) {
                    return c.getPackageName().startsWith(root + ".ui") && c.getSimpleName().endsWith("ViewModel");
                }
            };
        }

        /**
         * Views by what they are, whatever their names: the classes of the window that make or hold nodes, stages or
         * dialogs (a JavaFX scene-graph or stage type among their dependencies), view models apart.
         */
        private DescribedPredicate<JavaClass> views() {
            return new DescribedPredicate<>("are views under " + root + ".ui (make or hold nodes, stages or dialogs)") {
                @Override
                public boolean test(JavaClass c) {
                    if (!c.getPackageName().startsWith(root + ".ui") || viewModels().test(c)) return false;
                    return c.getDirectDependenciesFromSelf().stream().map(d -> d.getTargetClass().getPackageName())
                            .anyMatch(pk -> pk.startsWith("javafx.scene") || pk.startsWith("javafx.stage"));
                }
            };
        }

        List<ArchRule> all() {
            return List.of(toolkitFree(), commandLineWithoutUi(), viewModelsHoldNoNodes(), viewModelsKnowNoOtherViewModel(), viewsComputeNothing(),
                    layers(), uiFeaturesFreeOfCycles(), modelKnowsNoFormats());
        }
    }

    static final Rules APP = new Rules("org.scalingexplorer");
    static final Rules FIXTURE = new Rules("org.scalingexplorer.archfixture");

    @Test
    void theEngineReadersDrawingAndFiguresKnowNoToolkit() {
        APP.toolkitFree().check(MAIN);
    }

    @Test
    void theCommandLineKnowsNoUi() {
        APP.commandLineWithoutUi().check(MAIN);
    }

    @Test
    void viewModelsHoldNoNodes() {
        APP.viewModelsHoldNoNodes().check(MAIN);
    }

    @Test
    void viewModelsKnowNoOtherViewModel() {
        APP.viewModelsKnowNoOtherViewModel().check(MAIN);
    }

    @Test
    void viewsComputeNothingOfTheEngine() {
        APP.viewsComputeNothing().check(MAIN);
    }

    @Test
    void theModelKnowsNoJsonCsvOrReaders() {
        APP.modelKnowsNoFormats().check(MAIN);
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        APP.layers().check(MAIN);
    }

    @Test
    void theWindowsFeaturesHaveNoCycles() {
        APP.uiFeaturesFreeOfCycles().check(MAIN);
    }

    /** The source files under {@code dir} over 400 lines. */
    static List<String> overlong(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try (Stream<String> lines = Files.lines(f)) {
                    return lines.count() > 400;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).map(Object::toString).toList();
        }
    }

    /** Small rooms: no source file of the application over 400 lines. */
    @Test
    void noSourceFileIsOver400Lines() throws IOException {
        List<String> long_ = overlong(Path.of("src/main/java"));
        assertTrue(long_.isEmpty(), "over 400 lines: " + long_);
        // and the rule bites: the fixture folder holds a source of 401 lines and one of 400
        assertEquals(List.of(Path.of("src/test/resources/archfixture-sources/Long.java").toString()),
                overlong(Path.of("src/test/resources/archfixture-sources")));
    }

    /** Every rule fails on the fixture class that breaks it, and names it. */
    @Test
    void eachRuleBitesOnAClassThatBreaksIt() {
        String[] offenders = {"archfixture.model.BadModel", "archfixture.cli.BadCommand", "archfixture.ui.BadViewModel",
            "archfixture.ui.BadViewModel", "archfixture.ui.Canvasless", "archfixture.io.BadReader", "archfixture.ui.b.Back",
            "archfixture.model.BadFormat"};
        List<ArchRule> rules = FIXTURE.all();
        for (int i = 0; i < rules.size(); i++) {
            ArchRule rule = rules.get(i);
            AssertionError e = assertThrows(AssertionError.class, () -> rule.check(FIXTURES), rule.getDescription());
            assertTrue(e.getMessage().contains(offenders[i]), e.getMessage());
            // and the well-behaved fixtures are not named
            assertTrue(!e.getMessage().contains("PlainView <") && !e.getMessage().contains("OtherViewModel <"), e.getMessage());
        }
    }
}
