package org.scalingexplorer.io.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.scalingexplorer.io.InputException;

/** The published JSON Schema and the reader must agree on what a valid dataset is. */
class SchemaTest {
    static final ObjectMapper MAPPER = new ObjectMapper();

    static Set<ValidationMessage> validate(String json) throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(MAPPER.readTree(Files.readString(Path.of("docs/dataset-format.schema.json"))));
        return schema.validate(MAPPER.readTree(json));
    }

    @Test
    void bundledAndWrittenDatasetsSatisfyTheSchema() throws Exception {
        assertEquals(Set.of(), validate(DatasetReaderTest.bundledText()));
        assertEquals(Set.of(), validate(DatasetWriter.toJson(BundledDatasets.paper())));
    }

    /** Each edit breaks the file for the reader; the schema must refuse it too. */
    @ParameterizedTest
    @ValueSource(strings = {"\"alpha\": -0.065|\"alpha\": 0.065", "\"kind\": \"scale-invariant\"|\"kind\": \"scale-invariantt\"",
            "\"anchor\": \"candidate\"|\"anchor\": \"both\"", "\"growth\": 4.1|\"growth\": 0.9", "\"version\": 2|\"version\": 3",
            "\"name\": \"LSTM\"|\"nmae\": \"LSTM\"", "\"exponent\": 0.73|\"exponent\": 1.73"})
    void brokenFilesFailBoth(String edit) throws Exception {
        String[] parts = edit.split("\\|");
        String broken = DatasetReaderTest.bundledText().replaceFirst(Pattern.quote(parts[0]), parts[1]);
        assertFalse(validate(broken).isEmpty(), edit);
        assertThrows(InputException.class, () -> DatasetReader.read("broken.json", broken));
    }
}
