package com.psynergybilling.leads.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    static List<CsvReader.Record> read(String text) {
        var records = new ArrayList<CsvReader.Record>();
        new CsvReader(text, 100).forEachRemaining(records::add);
        return records;
    }

    @Test
    void readsPlainFieldsWithEitherLineEnd() {
        var records = read("a,b,c\r\n1,2,3\n4,5,6");
        assertEquals(3, records.size());
        assertEquals(List.of("a", "b", "c"), records.get(0).fields());
        assertEquals(List.of("4", "5", "6"), records.get(2).fields());
        assertEquals(3, records.get(2).line());
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() {
        var records = read("name,comment\n\"Doe, Jane\",\"said \"\"hi\"\"\r\nthen left\"\nnext,row\n");
        assertEquals(List.of("Doe, Jane", "said \"hi\"\r\nthen left"), records.get(1).fields());
        assertEquals(2, records.get(1).line());
        assertEquals(4, records.get(2).line(), "a line break inside quotes counts toward the next record's line");
    }

    @Test
    void emptyFieldsAreKeptAndBlankLinesSkipped() {
        var records = read("\uFEFFa,,c,\n\n\n\"\",x,,\n");
        assertEquals(List.of("a", "", "c", ""), records.get(0).fields());
        assertEquals(List.of("", "x", "", ""), records.get(1).fields());
        assertEquals(4, records.get(1).line());
    }

    @Test
    void anUnterminatedQuoteNamesTheLineItStartsOn() {
        var e = assertThrows(CsvReader.MalformedCsv.class, () -> read("a,b\n1,2\n3,\"never\nclosed\n"));
        assertEquals(3, e.line());
    }

    @Test
    void aQuoteInsideAnUnquotedFieldOrTextAfterAClosingQuoteIsMalformed() {
        assertEquals(2, assertThrows(CsvReader.MalformedCsv.class, () -> read("a\nab\"c\n")).line());
        assertEquals(3, assertThrows(CsvReader.MalformedCsv.class, () -> read("a\nb\n\"x\"y\n")).line());
    }

    @Test
    void aFieldOverTheCapIsMalformed() {
        assertThrows(CsvReader.MalformedCsv.class, () -> read("a\n" + "x".repeat(101) + "\n"));
        assertThrows(CsvReader.MalformedCsv.class, () -> read("a\n\"" + "x".repeat(101) + "\"\n"));
    }
}
