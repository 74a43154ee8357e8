package org.scalingexplorer.io.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.scalingexplorer.TestData;
import org.scalingexplorer.io.InputException;
import org.scalingexplorer.model.fit.NotableModel;

class EpochCsvReaderTest {
    /** The real export read by the reader (FastCSV) and by a second parser (Commons CSV), row by row. */
    @Test
    void epochsExportGivesTheModelsASecondParserFinds() throws Exception {
        EpochCsvReader.Result r = EpochCsvReader.read(TestData.EPOCH);
        List<NotableModel> expected = new ArrayList<>();
        int records = 0;
        try (Reader in = Files.newBufferedReader(TestData.EPOCH);
             CSVParser p = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            for (CSVRecord rec : p) {
                records++;
                String compute = rec.get("Training compute (FLOP)").trim();
                String date = rec.get("Publication date").trim();
                String name = rec.get("Model").trim();
                if (compute.isEmpty() || date.isEmpty() || name.isEmpty()) continue;
                double c = Double.parseDouble(compute.replace(",", ""));
                if (!(c > 0)) continue;
                String params = rec.get("Parameters").trim();
                double n = params.isEmpty() ? Double.NaN : Double.parseDouble(params.replace(",", ""));
                expected.add(new NotableModel(name, LocalDate.parse(date), c, n > 0 ? n : Double.NaN, rec.get("Domain").trim(),
                        !rec.get("Notability criteria").trim().isEmpty()));
            }
        }
        assertEquals(records, r.records());
        assertEquals(expected.size(), r.models().size());
        assertEquals(expected, r.models());
        assertTrue(r.models().size() > 500, "the export has hundreds of models with a compute and a date: " + r.models().size());
    }

    @Test
    void aQuoteNeverClosedIsRefusedAtTheRowItOpensOn() {
        InputException e = assertThrows(InputException.class, () -> EpochCsvReader.read("e.csv",
                "Model,Publication date,Training compute (FLOP)\nA,2020-01-01,1e20\n\"B,2021-01-01,1e21\nC,2022-01-01,1e22\n"));
        assertEquals(3, e.problems().get(0).line());
        assertTrue(e.getMessage().contains("closing quote never comes"), e.getMessage());
    }

    @Test
    void aRowShortOfCellsIsRefusedWithItsLine() {
        InputException e = assertThrows(InputException.class, () -> EpochCsvReader.read("e.csv",
                "Model,Publication date,Training compute (FLOP)\nA,2020-01-01,1e20\n\nB,2021-01-01\n"));
        assertEquals(4, e.problems().get(0).line());
        assertTrue(e.getMessage().contains("2 cell(s) where the header has 3"), e.getMessage());
    }

    @Test
    void quotedCellsHoldCommasAndLineBreaks() throws Exception {
        EpochCsvReader.Result r = EpochCsvReader.read("e.csv", "Model,Publication date,Training compute (FLOP),Parameters\n"
                + "\"GPT, the \"\"third\"\"\",2020-05-28,\"3,140,000,000,000,000,000,000,000\",\"175,000,000,000\"\n"
                + "\"Two\nlines\",2021-01-01,1e21,\n");
        assertEquals("GPT, the \"third\"", r.models().get(0).name());
        assertEquals(3.14e24, r.models().get(0).compute());
        assertEquals(1.75e11, r.models().get(0).params());
        assertEquals("Two\nlines", r.models().get(1).name());
    }

    /** Columns in any order, with spaces around their names and cells; the optional ones may be missing. */
    @Test
    void columnsAreFoundByNameInAnyOrderAndOptionalOnesMayBeMissing() throws Exception {
        EpochCsvReader.Result r = EpochCsvReader.read("e.csv", "Notes, Training compute (FLOP) ,Domain,Model,Publication date\n"
                + "\"long, long notes\", 2e21 ,Language, Chinchilla ,2022-03-29\n");
        assertEquals(List.of(new NotableModel("Chinchilla", LocalDate.of(2022, 3, 29), 2e21, Double.NaN, "Language", false)), r.models());
    }

    /** The reader's own date parse agrees with java.time's ISO parse on every date it is given, and refuses what that refuses. */
    @Test
    void datesAreReadAsJavaTimeReadsThem() {
        List<String> dates = new ArrayList<>(List.of("2020-02-29", "2021-02-29", "2023-04-31", "2023-13-01", "2023-00-10", "2023-01-00", "1999-12-31",
                "2023-1-01", "2023/01/01", "2023-01-01 ", " 2023-01-01", "20230101", "abcd-ef-gh", "2023-01-0x", "0000-01-01", "9999-12-31", ""));
        for (LocalDate d = LocalDate.of(2010, 1, 1); d.getYear() < 2014; d = d.plusDays(1)) dates.add(d.toString());
        for (String s : dates) {
            LocalDate expected;
            try {
                expected = LocalDate.parse(s);
            } catch (java.time.format.DateTimeParseException e) {
                expected = null;
            }
            assertEquals(expected, EpochCsvReader.isoDate(s), "\"" + s + "\"");
        }
    }
}
