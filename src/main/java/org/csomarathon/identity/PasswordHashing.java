package org.csomarathon.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.csomarathon.platform.BusinessException;

/**
 * Jakarta Security's PBKDF2 with the strength OWASP recommends for HMAC-SHA512 (210,000
 * iterations), and the password rules people are told about when they choose one.
 */
@ApplicationScoped
public class PasswordHashing {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    /** The hash to store for a new password; refuses one too short or too long to be a good password. */
    public String hashNew(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new BusinessException("identity.password.short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new BusinessException("identity.password.long", MAX_LENGTH);
        }
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return password != null && password.length() <= MAX_LENGTH && hash.verify(password.toCharArray(), storedHash);
    }
}
