package org.csomarathon.certificates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import org.csomarathon.platform.TextLimit;

/**
 * A certificate of completion of a cohort's stage: the person's name as it was when issued, and a
 * code of ten letters and digits (none that read alike) that anyone can check at /certificate/CODE.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    /** Letters and digits that cannot be mistaken for each other when typed from paper. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int CODE_LENGTH = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, length = CODE_LENGTH)
    private String code;

    @Column(name = "cohort_id", nullable = false)
    private Long cohortId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "stage", nullable = false)
    private int stage;

    @TextLimit(200)
    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected Certificate() {
    }

    Certificate(long cohortId, long accountId, int stage, String fullName, Instant now) {
        this.code = newCode();
        this.cohortId = cohortId;
        this.accountId = accountId;
        this.stage = stage;
        this.fullName = fullName;
        this.issuedAt = now;
    }

    static String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Whether a typed code could be one at all: checked before any lookup. */
    public static boolean looksLikeACode(String typed) {
        return typed != null && typed.length() == CODE_LENGTH && typed.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public int getStage() {
        return stage;
    }

    public String getFullName() {
        return fullName;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
