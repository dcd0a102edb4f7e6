package io.conversa.receivables.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.conversa.core.E164;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNormalizerTest {

    private final PhoneNormalizer normalizer = new PhoneNormalizer();

    @ParameterizedTest(name = "[{index}] \"{0}\" in {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # Chile: mobiles are 9 + 8 digits, Santiago landlines 2 + 8 digits; the old 0 is no longer dialled
            +56 9 8765 4321          | CL | +56987654321
            +56987654321             | CL | +56987654321
            9-8765-4321              | CL | +56987654321
            987654321                | CL | +56987654321
            09 8765 4321             | CL | +56987654321
            56 9 8765 4321           | CL | +56987654321
            0056 9 8765 4321         | CL | +56987654321
            +56.9.8765.4321          | CL | +56987654321
            cel. +56 9 8765 4321     | CL | +56987654321
            +56 9 8765 4321 cel.     | CL | +56987654321
            9 8765 4321 (casa)       | CL | +56987654321
            (2) 2345 6789            | CL | +56223456789
            02 2345 6789             | CL | +56223456789
            +56 2 2345 6789 anexo 12 | CL | +56223456789
            # Mexico: 10 digits; the 1, 01, 044 and 045 prefixes were retired in 2019
            (55) 1234-5678           | MX | +525512345678
            55 1234 5678             | MX | +525512345678
            +52 55 1234 5678         | MX | +525512345678
            +52 1 55 1234 5678       | MX | +525512345678
            1 55 1234 5678           | MX | +525512345678
            01 55 1234 5678          | MX | +525512345678
            044 55 1234 5678         | MX | +525512345678
            045 33 1234 5678         | MX | +523312345678
            0052 55 1234 5678        | MX | +525512345678
            +52 (81) 1234-5678       | MX | +528112345678
            01 800 123 4567          | MX | +528001234567
            # Argentina: 0 trunk prefix, local 15 before mobile numbers, 9 after 54 for mobiles
            011 15 2345-6789         | AR | +5491123456789
            11 15 2345-6789          | AR | +5491123456789
            +54 9 11 2345-6789       | AR | +5491123456789
            0054 9 11 2345 6789      | AR | +5491123456789
            +54 11 2345-6789         | AR | +541123456789
            011 2345-6789            | AR | +541123456789
            0351 15 234-5678         | AR | +5493512345678
            (0351) 423-4567          | AR | +543514234567
            # Brazil: 0 trunk prefix with optional carrier code; mobiles gained a ninth digit 9
            +55 11 98765-4321        | BR | +5511987654321
            (11) 98765-4321          | BR | +5511987654321
            011 98765-4321           | BR | +5511987654321
            0xx11 98765-4321         | BR | +5511987654321
            0 15 11 98765 4321       | BR | +5511987654321
            +55 11 8765-4321         | BR | +5511987654321
            (11) 8765-4321           | BR | +5511987654321
            +55 (21) 9 9876-5432     | BR | +5521998765432
            (21) 2345-6789           | BR | +552123456789
            +55 11 3456-7890         | BR | +551134567890
            0054 9 11 2345 6789      | BR | +5491123456789
            # Colombia: mobiles 3xx; landlines 60 + area code since 2021 (Bogota 1 -> 601); 03 before mobiles
            +57 300 123 4567         | CO | +573001234567
            300 123 4567             | CO | +573001234567
            03 300 123 4567          | CO | +573001234567
            (601) 234 5678           | CO | +576012345678
            +57 1 234 5678           | CO | +576012345678
            0056 9 8765 4321         | CO | +56987654321
            # Peru: mobiles 9 + 8 digits; Lima landlines 1 + 7 digits, written nationally with the 0 trunk prefix
            +51 912 345 678          | PE | +51912345678
            912 345 678              | PE | +51912345678
            (01) 234-5678            | PE | +5112345678
            01 234 5678              | PE | +5112345678
            +51 1 234 5678           | PE | +5112345678
            # United States: 1 + area code + 7 digits; international prefix 011
            +1 (202) 555-0123        | US | +12025550123
            (202) 555-0123           | US | +12025550123
            202.555.0123             | US | +12025550123
            1-202-555-0123           | US | +12025550123
            +1 202 555 0123 ext. 3   | US | +12025550123
            011 56 9 8765 4321       | US | +56987654321
            001 202 555 0123         | CL | +12025550123
            """)
    void normalizesTypedPhonesToE164(String typed, String region, String expected) {
        assertThat(normalizer.normalize(typed, region)).contains(new E164(expected));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "abc", "123", "cel.", "12345678", "000000000", "+999 1234567"})
    void rejectsGarbage(String typed) {
        assertThat(normalizer.normalize(typed, "CL")).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" in {1} is rejected")
    @CsvSource(delimiter = '|', textBlock = """
            # 15 is the local mobile prefix, not an area code: the area code is missing
            15 2345-6789    | AR
            # an 8-digit Buenos Aires number without its area code can only be dialled locally
            2345-6789       | AR
            # North American area codes never start with 1
            +1 123 456 7890 | US
            # a national number needs a known region
            9 8765 4321     | XX
            # letters are not digits: read as a vanity number, "casa" would complete +56 2 2345 2272
            2 2345 casa     | CL
            """)
    void rejectsNumbersThatAreNotValidInTheirCountry(String typed, String region) {
        assertThat(normalizer.normalize(typed, region)).isEmpty();
    }

    @Test
    void readsRegionCodesWhateverTheirCase() {
        assertThat(normalizer.normalize("9 8765 4321", "cl")).contains(new E164("+56987654321"));
    }

    @Test
    void readsInternationalTypingsWithoutARegion() {
        assertThat(normalizer.normalize("+56 9 8765 4321", null)).contains(new E164("+56987654321"));
        assertThat(normalizer.normalize("9 8765 4321", null)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] wa_id {0} -> {1}")
    @CsvSource({
        "56987654321,   +56987654321",
        "56912345678,   +56912345678",
        "5215512345678, +5215512345678",
        "525512345678,  +525512345678",
        "5491123456789, +5491123456789",
        "541123456789,  +541123456789",
        "5511987654321, +5511987654321",
        "551187654321,  +551187654321",
        "551134567890,  +551134567890",
        "573001234567,  +573001234567",
        "51912345678,   +51912345678",
        "12025550123,   +12025550123"
    })
    void readsWaIdsAsTheyAre(String waId, String expected) {
        assertThat(normalizer.fromWaId(waId)).contains(new E164(expected));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "abc",
                "+5215512345678",
                "52 1 55 1234 5678",
                "123",
                "0056987654321",
                "9991234567",
                // 0 is Argentina's national trunk prefix, never part of an international number
                "5401123456789"
            })
    void rejectsWaIdsThatAreNotInternationalNumbers(String waId) {
        assertThat(normalizer.fromWaId(waId)).isEmpty();
        assertThat(normalizer.matchKeyOfWaId(waId)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] key of {0} is {1}")
    @CsvSource({
        "+5215512345678, +525512345678",
        "+525512345678,  +525512345678",
        "+5491123456789, +541123456789",
        "+541123456789,  +541123456789",
        "+5511987654321, +551187654321",
        "+551187654321,  +551187654321",
        "+5511934567890, +5511934567890",
        "+551134567890,  +551134567890",
        "+56987654321,   +56987654321",
        "+573001234567,  +573001234567",
        "+51912345678,   +51912345678",
        "+12025550123,   +12025550123"
    })
    void matchKeyDropsOnlyTheDigitsWhatsAppMayOmit(String number, String expectedKey) {
        assertThat(normalizer.matchKey(new E164(number))).isEqualTo(expectedKey);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" in {1} matches wa_id {2}")
    @CsvSource(delimiter = '|', textBlock = """
            9-8765-4321          | CL | 56987654321
            09 8765 4321         | CL | 56987654321
            (2) 2345 6789        | CL | 56223456789
            55 1234 5678         | MX | 5215512345678
            55 1234 5678         | MX | 525512345678
            +52 1 55 1234 5678   | MX | 525512345678
            044 55 1234 5678     | MX | 5215512345678
            (81) 1234-5678       | MX | 5218112345678
            +54 11 2345-6789     | AR | 5491123456789
            011 15 2345-6789     | AR | 5491123456789
            +54 9 11 2345-6789   | AR | 5491123456789
            0351 15 234-5678     | AR | 5493512345678
            +54 351 423-4567     | AR | 5493514234567
            (11) 98765-4321      | BR | 5511987654321
            (11) 98765-4321      | BR | 551187654321
            +55 11 8765-4321     | BR | 5511987654321
            +55 21 99876-5432    | BR | 552198765432
            (21) 2345-6789       | BR | 552123456789
            +55 11 93456-7890    | BR | 5511934567890
            300 123 4567         | CO | 573001234567
            +57 1 234 5678       | CO | 576012345678
            912 345 678          | PE | 51912345678
            (01) 234-5678        | PE | 5112345678
            (202) 555-0123       | US | 12025550123
            """)
    void storedPhoneAndWaIdOfOneSubscriberShareAKey(String typed, String region, String waId) {
        E164 stored = normalizer.normalize(typed, region).orElseThrow();

        assertThat(normalizer.matchKeyOfWaId(waId)).contains(normalizer.matchKey(stored));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" in {1} does not match wa_id {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # a Brazilian landline is not the mobile made by putting a 9 before it
            (11) 3456-7890       | BR | 5511934567890
            +55 11 93456-7890    | BR | 551134567890
            # same digits, another area code
            (11) 98765-4321      | BR | 5521987654321
            # two Mexican numbers one digit apart, and one number in two cities
            55 1234 5678         | MX | 5215512345679
            55 1234 5678         | MX | 5218112345678
            # two Argentine numbers, and Buenos Aires against Cordoba
            +54 11 2345-6789     | AR | 5491123456788
            011 15 2345-6789     | AR | 5493512345678
            9 8765 4321          | CL | 56987654322
            300 123 4567         | CO | 573001234568
            912 345 678          | PE | 51912345679
            (202) 555-0123       | US | 12025550124
            """)
    void differentSubscribersHaveDifferentKeys(String typed, String region, String waId) {
        E164 stored = normalizer.normalize(typed, region).orElseThrow();

        assertThat(normalizer.matchKeyOfWaId(waId)).isPresent().get().isNotEqualTo(normalizer.matchKey(stored));
    }
}
