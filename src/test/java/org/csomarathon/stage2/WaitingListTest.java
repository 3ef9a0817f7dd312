package org.csomarathon.stage2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WaitingListTest {

    private static final List<Long> RANKING = List.of(11L, 12L, 13L, 14L, 15L, 16L);

    @Test
    void theFirstRoundInvitesTheTopAsManyAsTheSeats() {
        assertEquals(List.of(11L, 12L, 13L), WaitingList.next(RANKING, Map.of(), 3));
    }

    @Test
    void aDeclineInvitesTheNextWhoHadNoInvitation() {
        Map<Long, InvitationState> now = Map.of(11L, InvitationState.CONFIRMED, 12L, InvitationState.DECLINED,
                13L, InvitationState.INVITED);
        assertEquals(List.of(14L), WaitingList.next(RANKING, now, 3));
    }

    @Test
    void noAnswerByTheReplyByTimeAndAWithdrawalFreeTheirSeatsToo() {
        Map<Long, InvitationState> now = Map.of(11L, InvitationState.EXPIRED, 12L, InvitationState.WITHDRAWN,
                13L, InvitationState.INVITED);
        assertEquals(List.of(14L, 15L), WaitingList.next(RANKING, now, 3));
        assertEquals(List.of(14L, 15L, 16L), WaitingList.waiting(RANKING, now));
    }

    @Test
    void nobodyIsInvitedWhileEverySeatIsHeldNorTwice() {
        Map<Long, InvitationState> full = Map.of(11L, InvitationState.CONFIRMED, 12L, InvitationState.INVITED,
                13L, InvitationState.CONFIRMED);
        assertEquals(List.of(), WaitingList.next(RANKING, full, 3));
        Map<Long, InvitationState> byHand = Map.of(16L, InvitationState.INVITED, 11L, InvitationState.INVITED);
        assertEquals(List.of(12L), WaitingList.next(RANKING, byHand, 3), "one invited by hand from lower down holds a seat");
    }

    @Test
    void theEndOfTheListInvitesWhoIsLeft() {
        Map<Long, InvitationState> most = Map.of(11L, InvitationState.DECLINED, 12L, InvitationState.DECLINED,
                13L, InvitationState.DECLINED, 14L, InvitationState.DECLINED, 15L, InvitationState.CONFIRMED);
        assertEquals(List.of(16L), WaitingList.next(RANKING, most, 3), "two seats stay empty: the list has run out");
    }
}
