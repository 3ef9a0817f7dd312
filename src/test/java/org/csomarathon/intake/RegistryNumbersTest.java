package org.csomarathon.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.csomarathon.platform.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryNumbersTest {

    @Test
    void ogrnOfARealOrganisationIsValid() {
        // Sberbank's OGRN and INN, published in the state register.
        assertTrue(Ogrn.isValid("1027700132195"));
        assertTrue(Inn.isValid("7707083893"));
    }

    @Test
    void ogrnCheckDigitIsTheFirstTwelveDigitsModElevenModTen() {
        assertEquals(5, Ogrn.checkDigit("102770013219"));
        assertFalse(Ogrn.isValid("1027700132196"));
    }

    @Test
    void innCheckDigitUsesTheWeightedSum() {
        assertEquals(3, Inn.checkDigit("770708389"));
        assertFalse(Inn.isValid("7707083894"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "102770013219", "10277001321955", "10277001321a5", " 1027700132195"})
    void malformedOgrnIsRefusedWithTheNumberInTheMessage(String typed) {
        BusinessException e = assertThrows(BusinessException.class, () -> new Ogrn(typed));
        assertEquals("intake.ogrn.invalid", e.messageKey());
        assertEquals(typed, e.arguments()[0]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "770708389", "77070838933", "77070838a3", "770708389312"})
    void malformedInnIsRefused(String typed) {
        assertThrows(BusinessException.class, () -> new Inn(typed));
    }

    @Test
    void innTellsTheTaxRegionOfTheOrganisation() {
        assertEquals("77", new Inn("7707083893").regionCode());
    }
}
