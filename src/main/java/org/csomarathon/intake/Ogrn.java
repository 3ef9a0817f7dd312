package org.csomarathon.intake;

import org.csomarathon.platform.BusinessException;

/**
 * A legal entity's primary state registration number: 13 digits, the last being
 * (the number formed by the first 12 digits mod 11) mod 10.
 */
public record Ogrn(String value) {

    public static final int LENGTH = 13;

    public Ogrn {
        if (!isValid(value)) {
            throw new BusinessException("intake.ogrn.invalid", value == null ? "" : value);
        }
    }

    public static boolean isValid(String candidate) {
        if (candidate == null || !candidate.matches("\\d{" + LENGTH + "}")) {
            return false;
        }
        return checkDigit(candidate.substring(0, LENGTH - 1)) == candidate.charAt(LENGTH - 1) - '0';
    }

    /** The check digit for the first 12 digits of an OGRN. */
    public static int checkDigit(String first12) {
        return (int) (Long.parseLong(first12) % 11 % 10);
    }

    @Override
    public String toString() {
        return value;
    }
}
