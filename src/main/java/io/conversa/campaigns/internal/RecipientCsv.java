package io.conversa.campaigns.internal;

import io.conversa.core.DomainException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A bulk send's recipients from a CSV file, read row by row (never the whole file at once): one column holds the
 * phone ({@code phone}, {@code telefono}, {@code teléfono}, {@code celular} or {@code whatsapp}); every other column
 * is a template variable, in column order for numbered templates or by its header for named ones. UTF-8, comma or
 * semicolon separated.
 */
final class RecipientCsv {

    private static final Set<String> PHONE_COLUMNS = Set.of("phone", "telefono", "celular", "whatsapp", "movil");

    /** A data row: its line in the file, the phone as written, and the other values in column order. */
    record Row(long line, String phone, List<String> values) {}

    /** What a caller does with each row. */
    interface RowHandler {
        void row(Row row);
    }

    private RecipientCsv() {}

    /** Reads the header (its variable columns go to {@code onHeader}), then hands each row over. */
    static void read(InputStream input, RowHandler handler, Consumer<List<String>> onHeader) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                input, StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
            reader.mark(1 << 16);
            String first = reader.readLine();
            if (first == null) {
                throw refused("bulk.error.csvEmpty", "The file is empty");
            }
            reader.reset();
            char delimiter = first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
            rows(reader, delimiter, handler, onHeader);
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            if (e instanceof CharacterCodingException || e.getCause() instanceof CharacterCodingException) {
                throw refused("bulk.error.csvEncoding", "The file is not UTF-8 text");
            }
            throw refused("bulk.error.csvMalformed", "The file is not valid CSV: " + e.getMessage(), e.getMessage());
        }
    }

    private static void rows(BufferedReader reader, char delimiter, RowHandler handler, Consumer<List<String>> onHeader)
            throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = null;
            int phoneColumn = -1;
            for (CSVRecord record : parser) {
                if (header == null) {
                    header = new ArrayList<>(record.toList());
                    header.replaceAll(name ->
                            name.startsWith("\uFEFF") ? name.substring(1).trim() : name);
                    phoneColumn = phoneColumn(header);
                    List<String> variables = new ArrayList<>(header);
                    variables.remove(phoneColumn);
                    onHeader.accept(variables);
                    continue;
                }
                List<String> values = new ArrayList<>(record.toList());
                String phone = phoneColumn < values.size() ? values.get(phoneColumn) : null;
                if (phoneColumn < values.size()) {
                    values.remove(phoneColumn);
                }
                handler.row(new Row(parser.getCurrentLineNumber(), phone, values));
            }
            if (header == null) {
                throw refused("bulk.error.csvEmpty", "The file is empty");
            }
        }
    }

    private static int phoneColumn(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            String name = Normalizer.normalize(header.get(i), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT)
                    .trim();
            if (PHONE_COLUMNS.contains(name)) {
                return i;
            }
        }
        throw refused("bulk.error.csvPhone", "The header needs a phone column (phone, telefono, celular or whatsapp)");
    }

    private static DomainException refused(String key, String fallback, Object... arguments) {
        return new DomainException(DomainException.Kind.UNPROCESSABLE, key, fallback, List.of(arguments));
    }
}
