package org.csomarathon.intake;

import org.csomarathon.platform.BusinessException;

/**
 * An organisation's taxpayer number: 10 digits, the last a check digit over the first nine
 * with the weights 2, 4, 10, 3, 5, 9, 4, 6, 8 ((sum mod 11) mod 10).
 */
public record Inn(String value) {

    public static final int LENGTH = 10;
    private static final int[] WEIGHTS = {2, 4, 10, 3, 5, 9, 4, 6, 8};

    public Inn {
        if (!isValid(value)) {
            throw new BusinessException("intake.inn.invalid", value == null ? "" : value);
        }
    }

    public static boolean isValid(String candidate) {
        if (candidate == null || !candidate.matches("\\d{" + LENGTH + "}")) {
            return false;
        }
        return checkDigit(candidate.substring(0, LENGTH - 1)) == candidate.charAt(LENGTH - 1) - '0';
    }

    /** The check digit for the first nine digits of an organisation's INN. */
    public static int checkDigit(String first9) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (first9.charAt(i) - '0');
        }
        return sum % 11 % 10;
    }

    /** The tax authority's region code: the first two digits. */
    public String regionCode() {
        return value.substring(0, 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
