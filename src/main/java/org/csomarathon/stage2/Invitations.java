package org.csomarathon.stage2;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.csomarathon.audit.AuditAction;
import org.csomarathon.audit.Decided;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.identity.Account;
import org.csomarathon.identity.AccountService;
import org.csomarathon.identity.Role;
import org.csomarathon.notifications.MessageKind;
import org.csomarathon.notifications.Notifications;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.Tick;
import org.csomarathon.stage2.Stage2Ranking.Place;

/**
 * Invitations to stage 2, from the stage-2 ranking to the cohort's seats. Every change locks the
 * cohort's round first, so two coordinators at once, or a confirmation racing a withdrawal, are
 * done one after the other: a seat is never given twice, and a freed seat goes to the next on the
 * waiting list in the same transaction. Each step is in the decision log; the invited person is
 * told by mail and under the bell, the coordinators when a seat is freed.
 */
@ApplicationScoped
public class Invitations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Stage2Service stage2;

    @Inject
    Notifications notifications;

    @Inject
    AccountService accounts;

    @Inject
    Event<Decided> decisions;

    @Inject
    Clock clock;

    /** An invitation as the coordinator's list shows it, with the person's name and place. */
    public record Line(Invitation invitation, String fullName, String team, Integer place) {
    }

    /** A person of the ranking not invited yet. */
    public record Waiting(long accountId, String fullName, String team, int place) {
    }

    /** The round, its invitations in the order they were made, the waiting list, and the seats' counts. */
    public record Overview(InvitationRound round, List<Line> invitations, List<Waiting> waiting) {

        public long count(InvitationState state) {
            return invitations.stream().filter(l -> l.invitation().getState() == state).count();
        }

        public long getFreeSeats() {
            return round.getSeats() - invitations.stream().filter(l -> l.invitation().getState().holdsSeat()).count();
        }
    }

    public Optional<InvitationRound> roundOf(long cohortId) {
        return Optional.ofNullable(em.find(InvitationRound.class, cohortId));
    }

    /** Opens the cohort's round and invites the top of the ranking to the seats. */
    @Transactional
    public void open(long cohortId, int seats, int replyDays, long coordinatorId) {
        if (em.find(Cohort.class, cohortId) == null) {
            throw new BusinessException("cohort.unknown");
        }
        if (em.find(InvitationRound.class, cohortId, LockModeType.PESSIMISTIC_WRITE) != null) {
            throw new BusinessException("stage2.round.open");
        }
        InvitationRound round = new InvitationRound(cohortId, seats, replyDays, coordinatorId, clock.instant());
        em.persist(round);
        em.flush();
        fill(round, coordinatorId);
    }

    /** The invited person's answer: confirmed, or declined with an optional reason (the next is invited). */
    @Transactional
    public Invitation answer(long accountId, long invitationId, boolean confirmed, String reason) {
        Invitation invitation = locked(invitationId);
        if (invitation.getAccountId() != accountId) {
            throw new BusinessException("stage2.invitation.unknown");
        }
        Instant now = clock.instant();
        if (confirmed) {
            invitation.confirm(now);
        } else {
            invitation.decline(reason, now);
        }
        logged(invitation, accountId);
        if (!confirmed) {
            seatFreed(invitation);
        }
        return invitation;
    }

    /** A coordinator withdraws an invitation, waiting or confirmed, with a reason; the next is invited. */
    @Transactional
    public void withdraw(long coordinatorId, long invitationId, String reason) {
        Invitation invitation = locked(invitationId);
        invitation.withdraw(reason, clock.instant());
        logged(invitation, coordinatorId);
        fill(em.find(InvitationRound.class, invitation.getCohortId()), coordinatorId);
    }

    /** A coordinator invites someone of the ranking by hand, with a reason, while a seat is free. */
    @Transactional
    public void inviteByHand(long coordinatorId, long cohortId, long accountId, String reason) {
        InvitationRound round = em.find(InvitationRound.class, cohortId, LockModeType.PESSIMISTIC_WRITE);
        if (round == null) {
            throw new BusinessException("stage2.round.notOpen");
        }
        Map<Long, InvitationState> states = states(cohortId);
        if (states.containsKey(accountId)) {
            throw new BusinessException("stage2.invitation.already");
        }
        if (stage2.rankingOf(cohortId).places().stream().noneMatch(p -> p.candidate().accountId() == accountId)) {
            throw new BusinessException("stage2.invitation.notRanked");
        }
        if (states.values().stream().filter(InvitationState::holdsSeat).count() >= round.getSeats()) {
            throw new BusinessException("stage2.round.full", round.getSeats());
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("stage2.invitation.reason.required");
        }
        invite(round, accountId, coordinatorId, reason);
    }

    /** The schedule: invitations not answered by their reply-by time expire, and the next are invited. */
    @Transactional
    public void expireDue(@Observes Tick tick) {
        List<Long> due = em.createQuery("SELECT i.id FROM Invitation i WHERE i.state = :invited AND i.replyBy <= :now",
                        Long.class)
                .setParameter("invited", InvitationState.INVITED)
                .setParameter("now", tick.now())
                .getResultList();
        for (long id : due) {
            Invitation invitation = locked(id);
            // Read again under the lock: another instance, or the person answering, may have been first.
            if (invitation.getState() == InvitationState.INVITED && !invitation.getReplyBy().isAfter(tick.now())) {
                invitation.expire(tick.now());
                logged(invitation, null);
                seatFreed(invitation);
            }
        }
    }

    /** The round's invitations, newest state, with names and places, and the waiting list. */
    public Optional<Overview> overview(long cohortId) {
        InvitationRound round = em.find(InvitationRound.class, cohortId);
        if (round == null) {
            return Optional.empty();
        }
        List<Place> places = stage2.rankingOf(cohortId).places();
        Map<Long, Place> byPerson = places.stream()
                .collect(Collectors.toMap(p -> p.candidate().accountId(), Function.identity(), (a, b) -> a));
        List<Invitation> all = invitationsOf(cohortId);
        Map<Long, String> names = all.isEmpty() ? Map.of() : em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
                .setParameter("ids", all.stream().map(Invitation::getAccountId).toList())
                .getResultStream().collect(Collectors.toMap(Account::getId, Account::getFullName));
        List<Line> lines = all.stream().map(i -> {
            Place p = byPerson.get(i.getAccountId());
            return new Line(i, names.getOrDefault(i.getAccountId(), ""), p == null ? "" : p.candidate().team(),
                    p == null ? null : p.place());
        }).toList();
        Map<Long, InvitationState> states = all.stream().collect(Collectors.toMap(Invitation::getAccountId, Invitation::getState));
        List<Waiting> waiting = WaitingList.waiting(order(places), states).stream().map(byPerson::get)
                .map(p -> new Waiting(p.candidate().accountId(), p.candidate().fullName(), p.candidate().team(), p.place()))
                .toList();
        return Optional.of(new Overview(round, lines, waiting));
    }

    /** The person's invitation that waits for an answer or is confirmed, of the newest cohort that has one. */
    public Optional<Invitation> currentOf(long accountId) {
        return em.createQuery("SELECT i FROM Invitation i WHERE i.accountId = :a AND i.state IN :held "
                        + "ORDER BY i.invitedAt DESC", Invitation.class)
                .setParameter("a", accountId)
                .setParameter("held", List.of(InvitationState.INVITED, InvitationState.CONFIRMED))
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Locks the invitation's round, then the invitation: every change of a cohort's seats in one line. */
    private Invitation locked(long invitationId) {
        Invitation unlocked = em.find(Invitation.class, invitationId);
        if (unlocked == null) {
            throw new BusinessException("stage2.invitation.unknown");
        }
        em.find(InvitationRound.class, unlocked.getCohortId(), LockModeType.PESSIMISTIC_WRITE);
        Invitation invitation = em.find(Invitation.class, invitationId, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(invitation);
        return invitation;
    }

    /** A seat is free again: the next on the waiting list is invited and the coordinators are told. */
    private void seatFreed(Invitation freed) {
        InvitationRound round = em.find(InvitationRound.class, freed.getCohortId());
        List<Long> invited = fill(round, null);
        Account person = em.find(Account.class, freed.getAccountId());
        Account next = invited.isEmpty() ? null : em.find(Account.class, invited.get(0));
        notifications.notify(accounts.withRole(Role.COORDINATOR).stream().map(Account::getId).toList(),
                MessageKind.STAGE2_SEAT_FREED, "coordinator/stage2.xhtml?cohort=" + freed.getCohortId(),
                person.getFullName(), freed.getState() == InvitationState.DECLINED ? 0 : 1, next == null ? "" : next.getFullName(),
                next == null ? 0 : 1);
    }

    /** Invites the next on the waiting list to every seat not held; the people invited, best first. */
    private List<Long> fill(InvitationRound round, Long by) {
        List<Long> next = WaitingList.next(order(stage2.rankingOf(round.getCohortId()).places()),
                states(round.getCohortId()), round.getSeats());
        next.forEach(person -> invite(round, person, by, null));
        return next;
    }

    private void invite(InvitationRound round, long accountId, Long by, String reason) {
        Instant now = clock.instant();
        Invitation invitation = new Invitation(round.getCohortId(), accountId, by, reason, now, round.replyBy(now));
        em.persist(invitation);
        em.flush();
        logged(invitation, by);
        Cohort cohort = em.find(Cohort.class, round.getCohortId());
        notifications.notify(List.of(accountId), MessageKind.STAGE2_INVITED, "participant/index.xhtml", cohort.getName(),
                invitation.getReplyBy());
    }

    private void logged(Invitation invitation, Long actorId) {
        Account person = em.find(Account.class, invitation.getAccountId());
        decisions.fire(new Decided(actorId, AuditAction.STAGE2_INVITATION, invitation.getCohortId(), person.getFullName(), null,
                invitation.getState().name(), invitation.getState() == InvitationState.INVITED ? invitation.getReplyBy() : null,
                invitation.getState() == InvitationState.INVITED && actorId == null ? null : invitation.getReason()));
    }

    private List<Invitation> invitationsOf(long cohortId) {
        return em.createQuery("SELECT i FROM Invitation i WHERE i.cohortId = :c ORDER BY i.invitedAt, i.id", Invitation.class)
                .setParameter("c", cohortId)
                .getResultList();
    }

    private Map<Long, InvitationState> states(long cohortId) {
        return invitationsOf(cohortId).stream()
                .collect(Collectors.toMap(Invitation::getAccountId, Invitation::getState, (a, b) -> a, LinkedHashMap::new));
    }

    private static List<Long> order(List<Place> places) {
        return places.stream().map(p -> p.candidate().accountId()).toList();
    }
}
