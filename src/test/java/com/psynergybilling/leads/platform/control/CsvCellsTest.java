package com.psynergybilling.leads.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "=1+1|\"'=1+1\"",
            "+49 30|\"'+49 30\"",
            "-2|\"'-2\"",
            "@SUM(A1)|\"'@SUM(A1)\"",
            "plain|\"plain\"",
            "say \"hi\"|\"say \"\"hi\"\"\""})
    void formulasAreNeutralisedAndQuotesDoubled(String value, String cell) {
        assertEquals(cell, CsvCells.cell(value));
    }

    @Test
    void tabAndCarriageReturnStartsAreNeutralised() {
        assertEquals("\"'\tx\"", CsvCells.cell("\tx"));
        assertEquals("\"'\rx\"", CsvCells.cell("\rx"));
    }

    @Test
    void rowsEndWithCrlfAndNullIsEmpty() {
        assertEquals("\"a\",,\"3\"\r\n", CsvCells.row("a", null, 3));
    }
}
