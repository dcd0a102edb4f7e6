package io.conversa.receivables.internal;

import io.conversa.core.DomainException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A whole CSV file read before anything is written, so a file that cannot be read (bad encoding, broken quoting,
 * unknown columns) is refused as a whole. UTF-8 (with or without BOM); comma or semicolon separated, as
 * spreadsheets in Latin America often save it.
 */
public final class CsvFile {

    /** One data row: its line number in the file and its values by column name (absent columns are missing). */
    public record Row(long line, Map<String, String> values) {}

    private CsvFile() {}

    public static List<Row> read(InputStream input, List<String> allowedColumns, int maxRows) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                input, StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
            reader.mark(1 << 16);
            char delimiter = delimiter(reader.readLine());
            reader.reset();
            return rows(reader, delimiter, allowedColumns, maxRows);
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            if (e instanceof CharacterCodingException || e.getCause() instanceof CharacterCodingException) {
                throw refused("error.csv.encoding", "The file is not UTF-8 text");
            }
            if (e.getCause() instanceof FileTooLargeException) {
                throw refused("error.csv.tooLarge", "The file is larger than allowed");
            }
            throw refused("error.csv.malformed", "The file is not valid CSV: " + e.getMessage(), e.getMessage());
        }
    }

    private static List<Row> rows(BufferedReader reader, char delimiter, List<String> allowed, int maxRows)
            throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setAllowMissingColumnNames(true)
                .get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = header(parser.getHeaderNames(), allowed);
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() >= maxRows) {
                    throw refused("error.csv.tooManyRows", "More than " + maxRows + " rows", maxRows);
                }
                rows.add(row(record, header, parser.getCurrentLineNumber()));
            }
            return rows;
        }
    }

    private static List<String> header(List<String> names, List<String> allowed) {
        List<String> header = names.stream().map(CsvFile::stripBom).toList();
        Set<String> seen = new HashSet<>();
        for (String name : header) {
            if (name.isEmpty()) {
                continue; // a trailing delimiter, as spreadsheets often export
            }
            if (!allowed.contains(name) || !seen.add(name)) {
                throw refused(
                        "error.csv.column",
                        "Unknown or repeated column '" + name + "'; allowed: " + String.join(",", allowed),
                        name,
                        String.join(", ", allowed));
            }
        }
        if (!header.contains("externalRef")) {
            throw refused("error.csv.externalRef", "The header must have an externalRef column");
        }
        return header;
    }

    private static Row row(CSVRecord record, List<String> header, long line) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size() && i < record.size(); i++) {
            if (!header.get(i).isEmpty()) {
                values.put(header.get(i), record.get(i));
            }
        }
        if (record.size() > header.size()) {
            values.put("__extra", String.valueOf(record.size() - header.size()));
        }
        return new Row(line, values);
    }

    private static char delimiter(String headerLine) {
        if (headerLine == null) {
            throw refused("error.csv.empty", "The file is empty");
        }
        return headerLine.indexOf(';') >= 0 && headerLine.indexOf(',') < 0 ? ';' : ',';
    }

    private static String stripBom(String name) {
        return name.startsWith("\uFEFF") ? name.substring(1).trim() : name.trim();
    }

    private static DomainException refused(String key, String fallback, Object... arguments) {
        return new DomainException(DomainException.Kind.INVALID, key, fallback, List.of(arguments));
    }
}
