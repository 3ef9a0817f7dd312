package org.csomarathon.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MalformedAddressFilterTest {

    @Test
    void aRecordNumberThatIsNotANumberIsMalformed() {
        assertTrue(MalformedAddressFilter.malformed("id=abc"));
        assertTrue(MalformedAddressFilter.malformed("id=-1"));
        assertTrue(MalformedAddressFilter.malformed("id=99999999999999999999"), "twenty digits: more than a record id holds");
        assertTrue(MalformedAddressFilter.malformed("cohort=12&first=abc"));
        assertTrue(MalformedAddressFilter.malformed("id=1%200"), "an encoded space");
    }

    @Test
    void numbersEmptyFiltersAndFreeTextPass() {
        assertFalse(MalformedAddressFilter.malformed(null));
        assertFalse(MalformedAddressFilter.malformed("id=42&cohort=7&first=50"));
        assertFalse(MalformedAddressFilter.malformed("assignment=&expert=&team=Маяк&sort=waiting"), "a filter set to all");
        assertFalse(MalformedAddressFilter.malformed("token=a-b_c&state=FAILED"), "other parameters are the pages' own");
        assertFalse(MalformedAddressFilter.malformed("hours=abc"), "typed into a form: the page answers with a message");
    }
}
