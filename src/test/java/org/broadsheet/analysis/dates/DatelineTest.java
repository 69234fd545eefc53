package org.broadsheet.analysis.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class DatelineTest {

    @Test
    void wireDatelineWithMonthAndDay() {
        String body = "BAGHDAD, Nov. 23 (Reuters) - Iraqi forces said on Thursday they had retaken the town.";
        Dateline d = Dateline.find(body).orElseThrow();
        assertEquals("Baghdad", d.place());
        assertEquals(MonthDay.of(11, 23), d.monthDay());
        assertNull(d.date(), "no year in the dateline, so no full date");
        assertEquals("BAGHDAD, Nov. 23 (Reuters) -", body.substring(d.start(), d.end()));
    }

    @Test
    void datelineWithRegionAndAgencyButNoDate() {
        String body = "LAGOS, Nigeria (AP) _\n\nHeavy rain flooded the city.";
        Dateline d = Dateline.find(body).orElseThrow();
        assertEquals("Lagos, Nigeria", d.place());
        assertNull(d.monthDay());
        assertEquals("LAGOS, Nigeria (AP) _", body.substring(d.start(), d.end()));
    }

    @Test
    void datelineWithFullDateGivesThePublicationDate() {
        Dateline d = Dateline.find("NEW YORK, June 4, 2003 (Xinhua) -- Markets fell.")
                .orElseThrow();
        assertEquals("New York", d.place());
        assertEquals(LocalDate.of(2003, 6, 4), d.date());
    }

    @Test
    void ordinaryOpeningSentenceIsNoDateline() {
        assertTrue(Dateline.find("A senior commander of Iraq's forces says troops must leave.")
                .isEmpty());
        assertTrue(Dateline.find("The U.S. - Iran talks resumed on Monday.").isEmpty());
    }
}
