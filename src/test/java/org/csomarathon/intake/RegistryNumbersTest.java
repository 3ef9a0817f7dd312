package org.csomarathon.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.csomarathon.platform.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryNumbersTest {

    /** Published numbers of well-known organisations (Sberbank, Gazprom, Yandex, Russian Railways). */
    private static final String[] REAL_OGRN = {"1027700132195", "1027700070518", "1027700229193", "1037739877295"};
    private static final String[] REAL_INN = {"7707083893", "7736050003", "7736207543", "7708503727"};

    @Test
    void publishedNumbersOfRealOrganisationsAreValid() {
        for (String ogrn : REAL_OGRN) {
            assertTrue(Ogrn.isValid(ogrn), ogrn);
        }
        for (String inn : REAL_INN) {
            assertTrue(Inn.isValid(inn), inn);
        }
    }

    @Test
    void everyOneDigitMistakeInAPublishedNumberIsCaught() {
        for (String ogrn : REAL_OGRN) {
            for (String typo : oneDigitMutations(ogrn)) {
                assertFalse(Ogrn.isValid(typo), typo + " (from " + ogrn + ")");
            }
        }
        for (String inn : REAL_INN) {
            for (String typo : oneDigitMutations(inn)) {
                assertFalse(Inn.isValid(typo), typo + " (from " + inn + ")");
            }
        }
    }

    private static List<String> oneDigitMutations(String number) {
        List<String> mutations = new ArrayList<>();
        for (int i = 0; i < number.length(); i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d != number.charAt(i)) {
                    mutations.add(number.substring(0, i) + d + number.substring(i + 1));
                }
            }
        }
        return mutations;
    }

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
