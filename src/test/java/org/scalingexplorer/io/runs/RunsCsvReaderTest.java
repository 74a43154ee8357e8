package org.scalingexplorer.io.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.scalingexplorer.io.InputException;
import org.scalingexplorer.io.Problem;
import org.scalingexplorer.model.Run;

class RunsCsvReaderTest {
    @Test
    void readsRunsByAlgorithm() throws Exception {
        Map<String, List<Run>> runs = RunsCsvReader.read("runs.csv", "algorithm,compute,loss,params,tokens\n"
                + "lstm,1e15,4.1,1e7,1.6e7\nlstm,1e16,3.8,,\n\"transformer-2017\",1e15,3.9,1e7,1.6e7\n");
        assertEquals(2, runs.get("lstm").size());
        assertEquals(1e16, runs.get("lstm").get(1).compute());
        assertTrue(Double.isNaN(runs.get("lstm").get(1).params()));
        assertEquals(1e7, runs.get("transformer-2017").get(0).params());
    }

    @Test
    void columnsMayComeInAnyOrderAndABomIsIgnored() throws Exception {
        Map<String, List<Run>> runs = RunsCsvReader.read("runs.csv", "\uFEFFloss,algorithm,compute\n3.5,a,1e18\n");
        assertEquals(3.5, runs.get("a").get(0).loss());
    }

    @Test
    void badCellsAreReportedWithLineAndColumn() {
        InputException e = assertThrows(InputException.class, () -> RunsCsvReader.read("runs.csv",
                "algorithm,compute,loss\na,1e18,3.5\na,-5,3.1\n,1e19,abc\n"));
        List<Problem> p = e.problems();
        assertEquals(3, p.size(), p.toString());
        assertEquals("compute: expected a positive compute in FLOP, got '-5' (line 3, column 2)", p.get(0).describe());
        assertEquals("loss: expected a positive loss, got 'abc' (line 4, column 3)", p.get(1).describe());
        assertEquals("algorithm: expected an algorithm id, got an empty cell (line 4, column 1)", p.get(2).describe());
    }

    @Test
    void quotedLineBreaksKeepLineNumbersRight() {
        InputException e = assertThrows(InputException.class, () -> RunsCsvReader.read("runs.csv",
                "algorithm,compute,loss\n\"multi\nline\",1e18,3.5\na,0,3.1\n"));
        assertEquals(4, e.problems().get(0).line());
    }

    @Test
    void missingAndUnknownColumns() {
        InputException e = assertThrows(InputException.class, () -> RunsCsvReader.read("runs.csv", "algoritm,compute\na,1\n"));
        assertEquals("algoritm: unknown column; did you mean 'algorithm'? (line 1, column 1)", e.problems().get(0).describe());
        assertTrue(e.problems().stream().anyMatch(p -> p.path().equals("loss") && p.message().startsWith("missing column")));
    }

    @Test
    void columnsCanBeNamedByTheUser() throws Exception {
        String csv = "Model,FLOPs used,Val Loss,N params\nsmall,1e18,3.5,1e8\nsmall,1e19,3.2,3e8\nbig,1e20,2.9,1e9\n";
        Map<String, List<Run>> runs = RunsCsvReader.readForFit("mine.csv", csv,
                Map.of("compute", "flops used", "loss", "Val Loss", "params", "N params", "algorithm", "Model"));
        assertEquals(2, runs.get("small").size());
        assertEquals(new Run(1e20, 2.9, 1e9, Double.NaN), runs.get("big").get(0));
        InputException e = assertThrows(InputException.class, () -> RunsCsvReader.readForFit("mine.csv", csv,
                Map.of("compute", "FLOP", "loss", "Val Loss")));
        assertEquals("compute: --columns maps compute to 'FLOP', which is not a column; the header has: Model, FLOPs used, Val Loss, "
                + "N params (line 1)", e.problems().get(0).describe());
        InputException role = assertThrows(InputException.class, () -> RunsCsvReader.readForFit("mine.csv", csv, Map.of("comptue", "FLOPs used")));
        assertTrue(role.problems().get(0).message().contains("did you mean 'compute'?"), role.problems().toString());
    }

    @Test
    void emptyFileHasNoRuns() {
        assertThrows(InputException.class, () -> RunsCsvReader.read("runs.csv", ""));
        InputException e = assertThrows(InputException.class, () -> RunsCsvReader.read("runs.csv", "algorithm,compute,loss\n"));
        assertTrue(e.getMessage().contains("has no runs"));
    }
}
