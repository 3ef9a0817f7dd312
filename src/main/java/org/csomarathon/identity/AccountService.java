package org.csomarathon.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.SecretTokens;
import org.csomarathon.platform.TextLength;

/** The only write path for accounts: one transaction per action a person takes. */
@ApplicationScoped
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    @Inject
    Event<PasswordResetRequested> resetRequested;

    @Inject
    Event<RegistrationRequested> registrationRequested;

    @Inject
    Event<AccessChanged> accessChanged;

    /** Reset links that may work at the same time for one account. */
    static final int MAX_OPEN_RESETS = 3;

    /** A row of the administrator's account list. */
    public record AccountRow(Long id, String email, String fullName, boolean enabled, Collection<Role> roles) {
    }

    /** How many enabled accounts hold a role. */
    public record Holders(Role role, long accounts) {
    }

    @Transactional
    public Account create(String email, String fullName, String password, Language language, ZoneId zone,
                          Collection<Role> roles) {
        EmailAddress address = EmailAddress.of(email);
        if (findByEmail(address).isPresent()) {
            throw new BusinessException("identity.email.taken", address.value());
        }
        Account account = new Account(address, requireName(fullName), passwords.hashNew(password), language, zone,
                roles, clock.instant());
        em.persist(account);
        return account;
    }

    /**
     * Registers an applicant: mails a link that makes the account when opened. An address that has
     * an account already gets the same answer on the page and a word to its owner by mail; as with
     * password links, at most {@code MAX_OPEN_RESETS} links wait at a time.
     */
    @Transactional
    public void register(String email, String fullName, String password, Language language, ZoneId zone) {
        EmailAddress address = EmailAddress.of(email);
        String name = requireName(fullName);
        String hash = passwords.hashNew(password);
        Instant now = clock.instant();
        Optional<Account> existing = findByEmail(address);
        if (existing.isPresent()) {
            registrationRequested.fire(new RegistrationRequested(address.value(), name, language, zone, null, null,
                    existing.get().getId()));
            return;
        }
        long open = em.createQuery("SELECT COUNT(r) FROM Registration r WHERE r.email = :e AND r.usedAt IS NULL "
                        + "AND r.expiresAt > :now", Long.class)
                .setParameter("e", address.value()).setParameter("now", now).getSingleResult();
        if (open >= MAX_OPEN_RESETS) {
            return;
        }
        Registration.Issued issued = Registration.issue(address, name, hash, language, zone, now);
        em.persist(issued.registration());
        registrationRequested.fire(new RegistrationRequested(address.value(), name, language, zone, issued.token(),
                issued.registration().getExpiresAt(), null));
    }

    /**
     * Opens a registration's link: the applicant's account is made, once, within a day. When the
     * address got an account meanwhile (an earlier link), the link has nothing left to do.
     */
    /** What a registration link can still do, as its page tells the person before they press anything. */
    public enum RegistrationLink { OPEN, USED, INVALID }

    /** Whether the link can confirm the address, was used already (or the address has an account), or is unknown or expired. */
    public RegistrationLink registrationLink(String token) {
        Registration registration = token == null ? null : em.createQuery("SELECT r FROM Registration r "
                        + "WHERE r.tokenHash = :h", Registration.class)
                .setParameter("h", SecretTokens.hash(token))
                .getResultStream().findFirst().orElse(null);
        if (registration == null) {
            return RegistrationLink.INVALID;
        }
        if (registration.isUsed() || findByEmail(new EmailAddress(registration.getEmail())).isPresent()) {
            return RegistrationLink.USED;
        }
        return registration.isUsable(clock.instant()) ? RegistrationLink.OPEN : RegistrationLink.INVALID;
    }

    @Transactional
    public Account confirmRegistration(String token) {
        Instant now = clock.instant();
        Registration registration = token == null ? null : em.createQuery("SELECT r FROM Registration r "
                        + "WHERE r.tokenHash = :h", Registration.class)
                .setParameter("h", SecretTokens.hash(token))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (registration == null || !registration.isUsable(now)
                || findByEmail(new EmailAddress(registration.getEmail())).isPresent()) {
            throw new BusinessException("identity.registration.invalid");
        }
        Account account = registration.confirm(now);
        em.persist(account);
        return account;
    }

    /**
     * An administrator changes someone's name, roles and whether they may sign in. Refused when
     * someone else changed the account since it was shown, and when administrators would lock
     * themselves out.
     */
    @Transactional
    public Account changeAccess(long actorId, long accountId, String fullName, Collection<Role> roles, boolean enabled,
                                int expectedVersion) {
        Account account = getById(accountId);
        if (account.getVersion() != expectedVersion) {
            throw new BusinessException("identity.account.changed");
        }
        if (actorId == accountId && (!enabled || !roles.contains(Role.ADMIN))) {
            throw new BusinessException("identity.admin.self");
        }
        account.changeName(requireName(fullName));
        boolean rolesChange = !account.getRoles().equals(Set.copyOf(roles));
        if (rolesChange || account.isEnabled() != enabled) {
            accessChanged.fire(new AccessChanged(actorId, account.getFullName(), rolesChange ? Set.copyOf(roles) : null,
                    account.isEnabled() != enabled ? enabled : null));
        }
        account.changeRoles(roles);
        account.enable(enabled);
        return account;
    }

    /**
     * The roles the account holds now, or nothing when it is blocked or gone: read on every signed-in
     * request, so that a change of roles or a block applies at the person's next request.
     */
    public Optional<Set<Role>> currentRoles(long accountId) {
        List<?> rows = em.createNativeQuery("SELECT r.role FROM account a LEFT JOIN account_role r ON r.account_id = a.id "
                + "WHERE a.id = ?1 AND a.enabled = TRUE").setParameter(1, accountId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rows.stream().filter(Objects::nonNull).forEach(r -> roles.add(Role.valueOf((String) r)));
        return Optional.of(roles);
    }

    /** A person replaces their own password; the current one must be given. */
    @Transactional
    public void changePassword(long accountId, String currentPassword, String newPassword) {
        Account account = getById(accountId);
        if (!passwords.verify(currentPassword, account.getPasswordHash())) {
            throw new BusinessException("identity.password.wrong");
        }
        account.changePasswordHash(passwords.hashNew(newPassword));
    }

    /**
     * Sends a link to set a new password to the address, if an enabled account has it; an unknown
     * address gets the same answer and nothing happens. At most {@code MAX_OPEN_RESETS} links work
     * at a time, so the address cannot be flooded.
     */
    @Transactional
    public void requestPasswordReset(String email) {
        Optional<Account> account;
        try {
            account = findByEmail(new EmailAddress(email)).filter(Account::isEnabled);
        } catch (BusinessException notAnAddress) {
            return;
        }
        if (account.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        long open = em.createQuery("SELECT COUNT(r) FROM PasswordReset r WHERE r.account = :a AND r.usedAt IS NULL "
                        + "AND r.expiresAt > :now", Long.class)
                .setParameter("a", account.get()).setParameter("now", now).getSingleResult();
        if (open >= MAX_OPEN_RESETS) {
            return;
        }
        PasswordReset.Issued issued = PasswordReset.issue(account.get(), now);
        em.persist(issued.reset());
        resetRequested.fire(new PasswordResetRequested(account.get().getId(), issued.token(), issued.reset().getExpiresAt()));
    }

    /** Sets the password by a link's token: once, before it expires; every other open link stops working. */
    @Transactional
    public void resetPassword(String token, String newPassword) {
        Instant now = clock.instant();
        PasswordReset reset = token == null ? null : em.createQuery("SELECT r FROM PasswordReset r WHERE r.tokenHash = :h",
                        PasswordReset.class)
                .setParameter("h", SecretTokens.hash(token))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (reset == null || !reset.isUsable(now)) {
            throw new BusinessException("identity.reset.invalid");
        }
        reset.getAccount().changePasswordHash(passwords.hashNew(newPassword));
        em.createQuery("UPDATE PasswordReset r SET r.usedAt = :now WHERE r.account = :a AND r.usedAt IS NULL")
                .setParameter("now", now).setParameter("a", reset.getAccount()).executeUpdate();
    }

    @Transactional
    public void changePreferences(long accountId, Language language, ZoneId zone) {
        getById(accountId).changePreferences(language, zone);
    }

    public Optional<Account> findByEmail(EmailAddress email) {
        return em.createQuery("SELECT a FROM Account a WHERE a.email = :email", Account.class)
                .setParameter("email", email.value())
                .getResultStream()
                .findFirst();
    }

    public Optional<Account> findById(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public Account getById(long id) {
        return findById(id).orElseThrow(() -> new BusinessException("identity.account.unknown"));
    }

    public boolean anyExists() {
        return !em.createQuery("SELECT a.id FROM Account a", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    /** One page of accounts whose name or e-mail contains {@code search}, by name. */
    public List<AccountRow> page(String search, int first, int size) {
        return em.createQuery("SELECT a FROM Account a WHERE LOWER(a.email) LIKE :s OR LOWER(a.fullName) LIKE :s "
                        + "ORDER BY a.fullName, a.id", Account.class)
                .setParameter("s", pattern(search))
                .setHint("eclipselink.batch", "a.roles")
                .setHint("eclipselink.batch.type", "IN")
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultStream()
                .map(a -> new AccountRow(a.getId(), a.getEmail(), a.getFullName(), a.isEnabled(), a.getRoles()))
                .toList();
    }

    public int count(String search) {
        return em.createQuery("SELECT COUNT(a) FROM Account a WHERE LOWER(a.email) LIKE :s OR LOWER(a.fullName) LIKE :s",
                        Long.class)
                .setParameter("s", pattern(search))
                .getSingleResult()
                .intValue();
    }

    /** The enabled accounts holding {@code role}, by name. */
    public List<Account> withRole(Role role) {
        return em.createQuery("SELECT a FROM Account a JOIN a.roles r WHERE r = :role AND a.enabled = TRUE "
                        + "ORDER BY a.fullName", Account.class)
                .setParameter("role", role)
                .getResultList();
    }

    /** How many enabled accounts hold each role. */
    public Map<Role, Long> countByRole() {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        em.createQuery("SELECT NEW org.csomarathon.identity.AccountService$Holders(r, COUNT(a)) FROM Account a JOIN a.roles r "
                        + "WHERE a.enabled = TRUE GROUP BY r", Holders.class)
                .getResultList()
                .forEach(h -> counts.put(h.role(), h.accounts()));
        return counts;
    }

    private static String pattern(String search) {
        String s = search == null ? "" : search.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + s + "%";
    }

    private static String requireName(String fullName) {
        String name = fullName == null ? "" : fullName.strip();
        if (name.isEmpty()) {
            throw new BusinessException("identity.name.required");
        }
        if (TextLength.exceeds(name, Account.NAME_MAX)) {
            throw new BusinessException("identity.name.long", Account.NAME_MAX);
        }
        return name;
    }

    /** A person by name. */
    public record Named(long id, String fullName) {
    }

    /** The names of the accounts, by id, in one statement. */
    public Map<Long, String> namesOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT NEW org.csomarathon.identity.AccountService$Named(a.id, a.fullName) "
                        + "FROM Account a WHERE a.id IN :ids", Named.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(Named::id, Named::fullName));
    }
}
