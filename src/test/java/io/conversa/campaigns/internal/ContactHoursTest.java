package io.conversa.campaigns.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactHoursTest {

    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");
    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private static final ZoneId BUENOS_AIRES = ZoneId.of("America/Argentina/Buenos_Aires");

    @Test
    void theDefaultIsWeekdaysEightToEightAndSaturdayMorning() {
        assertThat(ContactHours.DEFAULT).hasToString("MON-FRI 08:00-20:00; SAT 09:00-14:00");
        assertThat(ContactHours.DEFAULT.isAlways()).isFalse();
        assertThat(ContactHours.parse("MON-FRI 08:00-20:00; SAT 09:00-14:00")).isEqualTo(ContactHours.DEFAULT);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            mon-fri 08:00-20:00;sat 09:00-14:00          | MON-FRI 08:00-20:00; SAT 09:00-14:00
            MON,WED,FRI 09:00-10:00                      | MON,WED,FRI 09:00-10:00
            Mon , Wed , Fri   9:00 - 10:00               | MON,WED,FRI 09:00-10:00
            MON-WED,FRI 09:00-10:00                      | MON-WED,FRI 09:00-10:00
            MON-FRI 08:00-13:00,15:00-20:00              | MON-FRI 08:00-13:00,15:00-20:00
            MON-FRI 15:00-20:00, 08:00-13:00             | MON-FRI 08:00-13:00,15:00-20:00
            MON 08:00-12:00,11:00-14:00                  | MON 08:00-14:00
            MON 08:00-12:00,12:00-14:00                  | MON 08:00-14:00
            MON-FRI 08:00-12:00; MON 14:00-16:00         | MON 08:00-12:00,14:00-16:00; TUE-FRI 08:00-12:00
            SAT 09:00-14:00; MON-FRI 08:00-20:00;        | MON-FRI 08:00-20:00; SAT 09:00-14:00
            SUN 20:00-24:00                              | SUN 20:00-24:00
            SAT-SUN 10:00-12:00                          | SAT-SUN 10:00-12:00
            MON-SUN 00:00-24:00                          | always
            always                                       | always
            """)
    void readsAndWritesTheCanonicalSpec(String spec, String canonical) {
        ContactHours hours = ContactHours.parse(spec);

        assertThat(hours).hasToString(canonical);
        assertThat(ContactHours.parse(hours.toString())).isEqualTo(hours).hasSameHashCodeAs(hours);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"always", "ALWAYS", " Always ", "MON-SUN 00:00-24:00", "MON-FRI 00:00-24:00; SAT,SUN 00:00-24:00"
            })
    void alwaysAllowsEveryInstant(String spec) {
        ContactHours hours = ContactHours.parse(spec);

        assertThat(hours.isAlways()).isTrue();
        assertThat(hours).isEqualTo(ContactHours.always()).hasToString("always");
        Instant sundayNight = Instant.parse("2026-03-08T06:59:59Z");
        assertThat(hours.allows(sundayNight, SANTIAGO)).isTrue();
        assertThat(hours.nextAllowed(sundayNight, SANTIAGO)).isEqualTo(sundayNight);
    }

    @Test
    void differentHoursAreNotEqual() {
        assertThat(ContactHours.parse("MON 08:00-20:00")).isNotEqualTo(ContactHours.parse("MON 08:00-19:00"));
        assertThat(ContactHours.parse("MON 08:00-20:00")).isNotEqualTo(ContactHours.parse("TUE 08:00-20:00"));
        assertThat(ContactHours.DEFAULT).isNotEqualTo(ContactHours.always());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            MOM-FRI 08:00-20:00            | unknown day "MOM" in "MOM-FRI 08:00-20:00"
            MON-FRI 08:00-20:00; SAB 09:00-14:00 | unknown day "SAB" in "SAB 09:00-14:00"
            MON-FRI                        | missing hours in "MON-FRI"
            08:00-20:00                    | missing days in "08:00-20:00"
            MON 20:00-08:00                | hours "20:00-08:00" must end after they start (no overnight windows) in "MON 20:00-08:00"
            MON 09:00-09:00                | hours "09:00-09:00" must end after they start (no overnight windows) in "MON 09:00-09:00"
            MON 25:00-26:00                | bad time "25:00" (want HH:mm) in "MON 25:00-26:00"
            MON 08:00-24:30                | bad time "24:30" (want HH:mm) in "MON 08:00-24:30"
            MON 08:60-09:00                | bad time "08:60" (want HH:mm) in "MON 08:60-09:00"
            MON 8-20                       | bad time "8" (want HH:mm) in "MON 8-20"
            MON 08:00                      | bad hours "08:00" (want HH:mm-HH:mm) in "MON 08:00"
            MON 08:00-12:00,               | bad hours "" (want HH:mm-HH:mm) in "MON 08:00-12:00,"
            FRI-MON 08:00-20:00            | day range "FRI-MON" must run forward from MON to SUN in "FRI-MON 08:00-20:00"
            MON-TUE-WED 08:00-20:00        | bad day range "MON-TUE-WED" in "MON-TUE-WED 08:00-20:00"
            MON,,WED 08:00-20:00           | unknown day "" in "MON,,WED 08:00-20:00"
            ;                              | no contact hours in ";"
            """)
    void rejectsBadSpecsNamingTheBadPart(String spec, String message) {
        assertThatThrownBy(() -> ContactHours.parse(spec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void rejectsBlankSpecs(String spec) {
        assertThatThrownBy(() -> ContactHours.parse(spec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contact hours are blank");
        assertThatThrownBy(() -> ContactHours.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(textBlock = """
            2026-03-02T08:00, true
            2026-03-02T07:59:59, false
            2026-03-02T19:59:59, true
            2026-03-02T20:00, false
            2026-03-06T12:00, true
            2026-03-07T09:00, true
            2026-03-07T13:59, true
            2026-03-07T14:00, false
            2026-03-07T08:59, false
            2026-03-08T12:00, false
            """)
    void allowsReadsTheRecipientsWallClock(LocalDateTime local, boolean allowed) {
        assertThat(ContactHours.DEFAULT.allows(local.atZone(SANTIAGO).toInstant(), SANTIAGO))
                .isEqualTo(allowed);
        assertThat(ContactHours.DEFAULT.allows(local.atZone(BOGOTA).toInstant(), BOGOTA))
                .isEqualTo(allowed);
    }

    @Test
    void oneInstantIsAllowedInSomeZonesOnly() {
        Instant mondayMorning = Instant.parse("2026-03-02T11:30:00Z");

        assertThat(ContactHours.DEFAULT.allows(mondayMorning, SANTIAGO)).isTrue(); // 08:30, summer time
        assertThat(ContactHours.DEFAULT.allows(mondayMorning, SAO_PAULO)).isTrue(); // 08:30
        assertThat(ContactHours.DEFAULT.allows(mondayMorning, BUENOS_AIRES)).isTrue(); // 08:30
        assertThat(ContactHours.DEFAULT.allows(mondayMorning, BOGOTA)).isFalse(); // 06:30
        assertThat(ContactHours.DEFAULT.allows(mondayMorning, MEXICO_CITY)).isFalse(); // 05:30
    }

    @ParameterizedTest(name = "[{index}] {0} in {1} -> {2}")
    @CsvSource(textBlock = """
            2026-03-02T12:00:00Z, America/Santiago, 2026-03-02T12:00:00Z
            2026-03-02T10:00:00Z, America/Santiago, 2026-03-02T11:00:00Z
            2026-03-02T11:30:00Z, America/Santiago, 2026-03-02T11:30:00Z
            2026-03-06T23:30:00Z, America/Santiago, 2026-03-07T12:00:00Z
            2026-03-07T17:00:00Z, America/Santiago, 2026-03-09T11:00:00Z
            2026-03-02T11:30:00Z, America/Mexico_City, 2026-03-02T14:00:00Z
            2026-04-04T20:01:00Z, America/Mexico_City, 2026-04-06T14:00:00Z
            2026-11-01T03:00:00Z, America/Mexico_City, 2026-11-02T14:00:00Z
            2026-03-07T17:00:00Z, America/Sao_Paulo, 2026-03-09T11:00:00Z
            2026-10-31T17:00:00Z, America/Sao_Paulo, 2026-11-02T11:00:00Z
            2026-03-02T11:30:00Z, America/Bogota, 2026-03-02T13:00:00Z
            2026-03-06T01:00:00Z, America/Bogota, 2026-03-06T13:00:00Z
            2026-03-07T17:00:00Z, America/Argentina/Buenos_Aires, 2026-03-09T11:00:00Z
            """)
    void nextAllowedIsTheNextWindowStartInTheRecipientsZone(Instant at, ZoneId zone, Instant next) {
        assertThat(ContactHours.DEFAULT.nextAllowed(at, zone)).isEqualTo(next);
    }

    @Test
    void santiagoWinterTimeStartsOnTheFirstSundayOfApril() {
        // 2026-04-05 00:00 -03 becomes 2026-04-04 23:00 -04: Saturday 23:00-24:00 happens twice.
        Instant saturdayAfterNoon = Instant.parse("2026-04-04T18:00:00Z"); // 15:00 -03
        assertThat(ContactHours.DEFAULT.nextAllowed(saturdayAfterNoon, SANTIAGO))
                .isEqualTo(Instant.parse("2026-04-06T12:00:00Z")); // Monday 08:00 -04

        ContactHours lateSaturday = ContactHours.parse("SAT 23:30-24:00");
        assertThat(lateSaturday.nextAllowed(Instant.parse("2026-04-05T01:00:00Z"), SANTIAGO))
                .as("the first 23:30, still at -03")
                .isEqualTo(Instant.parse("2026-04-05T02:30:00Z"));
    }

    @Test
    void aClockTurnedBackIntoAWindowOpensIt() {
        Instant firstQuarterToMidnight = Instant.parse("2026-04-05T02:45:00Z"); // Saturday 23:45 -03
        Instant clockTurnedBack = Instant.parse("2026-04-05T03:00:00Z"); // Saturday 23:00 -04

        assertThat(ContactHours.parse("SAT 23:00-23:30").nextAllowed(firstQuarterToMidnight, SANTIAGO))
                .isEqualTo(clockTurnedBack);
        assertThat(ContactHours.parse("SAT 22:30-23:30").nextAllowed(firstQuarterToMidnight, SANTIAGO))
                .isEqualTo(clockTurnedBack);
    }

    @Test
    void santiagoSummerTimeSkipsMidnightOnTheFirstSundayOfSeptember() {
        // Saturday 2026-09-05 24:00 -04 becomes Sunday 01:00 -03: Sunday 00:00-01:00 does not exist.
        Instant saturdayEvening = Instant.parse("2026-09-06T00:00:00Z"); // Saturday 20:00 -04
        Instant clockSprungForward = Instant.parse("2026-09-06T04:00:00Z"); // Sunday 01:00 -03

        assertThat(ContactHours.parse("SUN 00:00-10:00").nextAllowed(saturdayEvening, SANTIAGO))
                .isEqualTo(clockSprungForward);
        assertThat(ContactHours.parse("SUN 00:30-02:00").nextAllowed(saturdayEvening, SANTIAGO))
                .isEqualTo(clockSprungForward);
        assertThat(ContactHours.parse("SUN 00:00-00:30").nextAllowed(saturdayEvening, SANTIAGO))
                .as("the window does not exist that Sunday: the next Sunday's")
                .isEqualTo(Instant.parse("2026-09-13T03:00:00Z"));
        assertThat(ContactHours.parse("SUN 00:00-00:30").nextAllowed(Instant.parse("2026-08-31T12:00:00Z"), SANTIAGO))
                .as("from the Monday before: 13 days ahead")
                .isEqualTo(Instant.parse("2026-09-13T03:00:00Z"));
        assertThat(ContactHours.DEFAULT.nextAllowed(saturdayEvening, SANTIAGO))
                .isEqualTo(Instant.parse("2026-09-07T11:00:00Z")); // Monday 08:00 -03
    }

    @Test
    void nextAllowedIsTheFirstAllowedMinuteForAnyStartingMinute() {
        List<String> specs = List.of(
                "MON-FRI 08:00-20:00; SAT 09:00-14:00",
                "SUN 00:00-00:30",
                "SAT 22:30-23:30; SUN 00:30-02:00",
                "MON,WED,FRI 08:00-13:00,15:00-20:00",
                "SAT 23:00-24:00; SUN 00:00-00:01");
        List<Instant> aroundChanges =
                List.of(Instant.parse("2026-04-01T00:00:00Z"), Instant.parse("2026-09-02T00:00:00Z"));
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            ContactHours hours = ContactHours.parse(specs.get(i % specs.size()));
            Instant at = aroundChanges.get(i % 2).plus(random.nextInt(8 * 24 * 60), ChronoUnit.MINUTES);
            assertThat(hours.nextAllowed(at, SANTIAGO))
                    .as("%s at %s", hours, at)
                    .isEqualTo(scan(hours, at));
        }
    }

    private static Instant scan(ContactHours hours, Instant at) {
        Instant minute = at;
        while (!hours.allows(minute, SANTIAGO)) {
            minute = minute.plus(1, ChronoUnit.MINUTES);
        }
        return minute;
    }
}
