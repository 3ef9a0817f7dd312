package org.csomarathon.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecimalConverterTest {

    @Test
    void aCommaOrAPointSeparatesTheFractionAndSpacesBetweenThousandsAreIgnored() {
        assertEquals(Optional.of(new BigDecimal("1.5")), DecimalConverter.parse("1,5"));
        assertEquals(Optional.of(new BigDecimal("1.5")), DecimalConverter.parse(" 1.5 "));
        assertEquals(Optional.of(new BigDecimal("1000.25")), DecimalConverter.parse("1\u00a0000,25"));
        assertEquals(Optional.of(new BigDecimal("0.5")), DecimalConverter.parse(",5"));
        assertEquals(Optional.of(new BigDecimal("-2")), DecimalConverter.parse("-2"));
    }

    @Test
    void whatIsNotOneNumberIsRefused() {
        for (String typed : new String[] {"abc", "1,2,3", "1.2.3", "1e5", "--1", ",", "½"}) {
            assertEquals(Optional.empty(), DecimalConverter.parse(typed), typed);
        }
    }
}
