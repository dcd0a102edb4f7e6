package io.conversa.demo.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Per-country raw material for {@link DemoDataset}: given names, surnames, business words and legal suffixes, phone
 * numbering plans with the ways people type them, and tax ids with correct check digits. All randomness comes from
 * the {@link Random} handed in, so the caller decides what is deterministic.
 */
final class DemoNames {

    /** A customer's identity; {@code base} is a business name without its legal suffix, null for people. */
    record Party(
            String name,
            boolean business,
            boolean female,
            String firstName,
            String surname,
            String secondSurname,
            String base) {}

    private record Profile(
            List<String> women,
            List<String> men,
            List<String> surnames,
            List<String> trades,
            List<String> places,
            List<String> suffixes) {}

    /** Numbers are area + subscriber digits; typings are masks whose {@code X}s take those digits in order. */
    private record PhonePlan(
            String country,
            int weight,
            List<String> areas,
            int subscriberDigits,
            String firstDigits,
            List<String> international,
            List<String> national) {}

    private static final Profile CHILE = profile("""
            mujeres: María José, Camila, Valentina, Francisca, Catalina, Javiera, Constanza, Carolina, Paulina, Daniela
            hombres: Juan Carlos, Felipe, Matías, Sebastián, Cristóbal, Ignacio, Rodrigo, Patricio, Gonzalo, Diego
            apellidos: González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales
            apellidos: Fuentes, Araya, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Alarcón
            rubros: Ferretería, Distribuidora, Comercializadora, Panadería, Transportes, Importadora, Constructora
            rubros: Agrícola, Frutícola, Minimarket, Inversiones, Maderas, Botillería, Servicios Gastronómicos
            lugares: Los Andes, del Maule, Bío Bío, Valparaíso, Los Lagos, Atacama, del Pacífico, La Frontera
            lugares: El Roble, Santa Elena, Cordillera, Austral, La Espiga, El Copihue
            sufijos: SpA, SpA, SpA, Ltda., Ltda., S.A., E.I.R.L.
            """);

    private static final Profile MEXICO = profile("""
            mujeres: Guadalupe, María Fernanda, Ximena, Daniela, Mariana, Sofía, Adriana, Verónica, Alejandra, Itzel
            hombres: José Luis, Juan Carlos, Alejandro, Miguel Ángel, Jorge, Luis Fernando, Ricardo, Eduardo, Arturo
            apellidos: Hernández, García, Martínez, López, González, Rodríguez, Pérez, Sánchez, Ramírez, Cruz
            apellidos: Flores, Gómez, Morales, Vázquez, Jiménez, Reyes, Torres, Mendoza, Ortiz, Aguilar
            rubros: Distribuidora, Abarrotes, Ferretería, Comercializadora, Refaccionaria, Materiales, Transportes
            rubros: Papelería, Farmacia, Importadora, Grupo, Tortillería, Muebles, Servicios Industriales
            lugares: del Bajío, Azteca, Anáhuac, Sierra Madre, del Norte, La Huasteca, del Golfo, Jalisco
            lugares: Chapultepec, San Ángel, El Águila, La Espiga, Occidente, Maya
            sufijos: S.A. de C.V., S.A. de C.V., S.A. de C.V., S. de R.L. de C.V., S.A.P.I. de C.V.
            """);

    private static final Profile ARGENTINA = profile("""
            mujeres: Florencia, Lucía, Agustina, Micaela, Romina, Julieta, Carla, Paula, Valeria, Milagros
            hombres: Martín, Santiago, Facundo, Nicolás, Gonzalo, Federico, Leandro, Ezequiel, Juan Pablo, Matías
            apellidos: González, Rodríguez, Gómez, Fernández, López, Díaz, Martínez, Pérez, García, Sánchez
            apellidos: Romero, Sosa, Álvarez, Torres, Ruiz, Ramírez, Benítez, Acosta, Medina, Herrera
            rubros: Distribuidora, Almacén, Ferretería, Corralón, Panadería, Transportes, Autoservicio, Importadora
            rubros: Frigorífico, Comercial, Librería, Agroservicios, Metalúrgica, Textil
            lugares: del Plata, Pampa, Patagonia, San Martín, del Litoral, Cuyo, Los Álamos, Río Negro
            lugares: La Espiga, El Ombú, del Sur, Los Ceibos, Tucumán, La Posta
            sufijos: S.R.L., S.R.L., S.A., S.A., S.A.S.
            """);

    private static final Profile COLOMBIA = profile("""
            mujeres: Laura, Daniela, Valentina, María Camila, Luisa Fernanda, Paola, Natalia, Diana, Carolina, Yuliana
            hombres: Juan David, Andrés Felipe, Carlos Andrés, Santiago, Jhon Jairo, Diego Alejandro, Julián, Camilo
            apellidos: Rodríguez, Gómez, González, Martínez, García, López, Hernández, Sánchez, Ramírez, Pérez
            apellidos: Díaz, Muñoz, Rojas, Moreno, Jiménez, Vargas, Castro, Ospina, Restrepo, Cárdenas
            rubros: Comercializadora, Distribuidora, Inversiones, Droguería, Ferretería, Panadería, Transportes
            rubros: Papelería, Importadora, Confecciones, Agropecuaria, Suministros, Servicios Integrales
            lugares: Andina, del Caribe, Antioquia, El Dorado, del Valle, Santander, La Sabana, Cafetera
            lugares: del Pacífico, Boyacá, La Esperanza, El Porvenir, del Llano, Magdalena
            sufijos: S.A.S., S.A.S., S.A.S., S.A.S., Ltda., S.A.
            """);

    private static final Profile PERU = profile("""
            mujeres: Rosa, Milagros, Lucía, Ana María, Giovanna, Fiorella, Yesenia, Carmen, Katherine, Roxana
            hombres: Luis Alberto, José Antonio, Carlos, Jorge Luis, Renzo, César, Miguel, Piero, Víctor Raúl
            apellidos: Quispe, Flores, Sánchez, Rodríguez, García, Huamán, Mamani, Chávez, Rojas, Ramos
            apellidos: Vásquez, Mendoza, Torres, Díaz, Castillo, Gutiérrez, Vargas, Condori, Espinoza, Ríos
            rubros: Bodega, Distribuidora, Ferretería, Comercial, Inversiones, Multiservicios, Panadería
            rubros: Transportes, Importaciones, Corporación, Negociaciones, Textil, Agroindustrias
            lugares: San Martín, Los Incas, del Sur, Arequipa, Miraflores, Chavín, Inti, Los Andes
            lugares: Mochica, Santa Rosa, Pachacútec, La Perla, del Norte, Amazonas
            sufijos: S.A.C., S.A.C., S.A.C., E.I.R.L., E.I.R.L., S.R.L., S.A.
            """);

    private static final Map<String, Profile> PROFILES =
            Map.of("CL", CHILE, "MX", MEXICO, "AR", ARGENTINA, "CO", COLOMBIA, "PE", PERU);

    /**
     * One plan a line: country, weight (percent), area codes, subscriber digits, allowed first subscriber digits; then
     * international typings and national typings. Repeated typings are more frequent.
     */
    private static final List<PhonePlan> PHONE_PLANS = phonePlans("""
            CL 90 94,95,96,97,98,99 7 345678
                | +56 X XXXX XXXX; +56 X XXXX XXXX; +56XXXXXXXXX; +56X XXXX XXXX; +56 X XXXXXXXX
                | X XXXX XXXX; X XXXX XXXX; XXXXXXXXX; X-XXXX-XXXX
            CL 10 2 8 2
                | +56 X XXXX XXXX; +56 XX XXX XXXX
                | X XXXX XXXX; XX XXX XXXX; (X) XXXX XXXX
            MX 100 55,55,33,81 8 23456789
                | +52 XX XXXX XXXX; +52 XX XXXX XXXX; +52 1 XX XXXX XXXX; +52XXXXXXXXXX; +52 (XX) XXXX-XXXX
                | XX XXXX XXXX; (XX) XXXX-XXXX; XXXXXXXXXX
            AR 55 11 8 23456
                | +54 9 XX XXXX-XXXX; +54 9 XX XXXX-XXXX; +549XXXXXXXXXX; +54 9 XX XXXX XXXX
                | 0XX 15 XXXX-XXXX; XX 15 XXXX-XXXX
            AR 35 351,341 7 234567
                | +54 9 XXX XXX-XXXX; +549XXXXXXXXXX; +54 9 XXX XXX XXXX
                | 0XXX 15 XXX-XXXX; (0XXX) 15-XXX-XXXX
            AR 6 11 8 4
                | +54 XX XXXX XXXX; +54 XX XXXX-XXXX
                | 0XX XXXX-XXXX; (0XX) XXXX-XXXX
            AR 4 351,341 7 4
                | +54 XXX XXX-XXXX
                | 0XXX XXX-XXXX; (0XXX) XXX-XXXX
            CO 92 300,301,302,304,305,310,311,312,313,314,315,316,317,318,319,320,321 7 23456789
                | +57 XXX XXX XXXX; +57 XXX XXX XXXX; +57 XXXXXXXXXX; +57XXXXXXXXXX; +57 (XXX) XXX-XXXX
                | XXX XXXXXXX; XXXXXXXXXX; XXX XXX XXXX
            CO 8 601,604,602 7 234567
                | +57 XXX XXX XXXX; +57 (XXX) XXX XXXX
                | XXX XXX XXXX; (XXX) XXX XXXX
            PE 92 9 8 456789
                | +51 XXX XXX XXX; +51 XXX XXX XXX; +51XXXXXXXXX; +51 XXXXXXXXX
                | XXXXXXXXX; XXX XXX XXX; XXX-XXX-XXX
            PE 8 1 7 234567
                | +51 X XXX XXXX
                | (0X) XXX XXXX; 0X XXX XXXX
            """);

    private static final Set<String> RFC_STOPWORDS = Set.of("DE", "DEL", "LA", "LAS", "LOS", "EL", "Y", "E");
    private static final String RFC_VALUES = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";
    private static final String HOMOCLAVE = "123456789ABCDEFGHIJKLMNPQRSTUVWXYZ";
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);

    private DemoNames() {}

    static Party business(String country, Random rnd) {
        Profile p = PROFILES.get(country);
        String trade = pick(p.trades(), rnd);
        int style = rnd.nextInt(100);
        String base = style < 50
                ? trade + " " + pick(p.places(), rnd)
                : trade + " " + pick(p.surnames(), rnd) + (style < 85 ? "" : " Hermanos");
        return new Party(base + " " + pick(p.suffixes(), rnd), true, false, null, null, null, base);
    }

    static Party person(String country, Random rnd) {
        Profile p = PROFILES.get(country);
        boolean female = rnd.nextBoolean();
        String first = pick(female ? p.women() : p.men(), rnd);
        String surname = pick(p.surnames(), rnd);
        String second = rnd.nextInt(100) < 55 ? pick(p.surnames(), rnd) : null;
        if (surname.equals(second)) {
            second = null;
        }
        String name = first + " " + surname + (second == null ? "" : " " + second);
        return new Party(name, false, female, first, surname, second, null);
    }

    /** A valid number of the country, mostly mobile, typed the way a person would type it. */
    static String phone(String country, Random rnd) {
        PhonePlan plan = plan(country, rnd);
        StringBuilder digits = new StringBuilder(pick(plan.areas(), rnd));
        digits.append(plan.firstDigits().charAt(rnd.nextInt(plan.firstDigits().length())));
        for (int i = 1; i < plan.subscriberDigits(); i++) {
            digits.append(rnd.nextInt(10));
        }
        // Chile is the workspace's default country: its customers are often typed nationally, others rarely.
        boolean national = rnd.nextInt(100) < ("CL".equals(country) ? 50 : 8);
        return fill(pick(national ? plan.national() : plan.international(), rnd), digits.toString());
    }

    static String taxId(String country, Party party, Random rnd) {
        boolean business = party.business();
        return switch (country) {
            case "CL" -> rut(business ? between(rnd, 76_000_000, 77_999_999) : between(rnd, 8_000_000, 22_999_999));
            case "MX" -> rfc(party, rnd);
            case "AR" -> cuit(business ? "30" : party.female() ? "27" : "20", business, rnd);
            case "CO" -> nit(business ? between(rnd, 900_000_000, 901_799_999) : personalId(rnd));
            case "PE" -> ruc(business, rnd);
            default -> throw new IllegalArgumentException("Unknown country: " + country);
        };
    }

    /** Lowercase ASCII letters and digits only: accents stripped, everything else dropped. */
    static String slug(String text) {
        return plain(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    static <T> T pick(List<T> items, Random rnd) {
        return items.get(rnd.nextInt(items.size()));
    }

    static int between(Random rnd, int min, int max) {
        return min + rnd.nextInt(max - min + 1);
    }

    private static PhonePlan plan(String country, Random rnd) {
        int roll = rnd.nextInt(100);
        for (PhonePlan plan : PHONE_PLANS) {
            if (plan.country().equals(country) && (roll -= plan.weight()) < 0) {
                return plan;
            }
        }
        throw new IllegalArgumentException("No phone plan for " + country);
    }

    private static String fill(String mask, String digits) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (char ch : mask.toCharArray()) {
            out.append(ch == 'X' ? digits.charAt(next++) : ch);
        }
        if (next != digits.length()) {
            throw new IllegalStateException("Mask " + mask + " does not fit " + digits);
        }
        return out.toString();
    }

    private static String rut(int body) {
        int sum = 0;
        int factor = 2;
        for (int rest = body; rest > 0; rest /= 10) {
            sum += (rest % 10) * factor;
            factor = factor == 7 ? 2 : factor + 1;
        }
        int check = 11 - sum % 11;
        return dotted(body) + "-" + (check == 11 ? "0" : check == 10 ? "K" : String.valueOf(check));
    }

    private static String cuit(String prefix, boolean business, Random rnd) {
        int body = business ? between(rnd, 50_000_000, 71_999_999) : between(rnd, 14_000_000, 45_999_999);
        int check = weightedCheck(prefix + body);
        while (check == 10) { // no valid check digit for this body under this prefix
            body++;
            check = weightedCheck(prefix + body);
        }
        return prefix + "-" + body + "-" + (check == 11 ? 0 : check);
    }

    /** Companies are 20 + 8 digits; people are 10 + their DNI. */
    private static String ruc(boolean business, Random rnd) {
        String prefix = business ? "20" : "10";
        int body = business ? between(rnd, 10_000_000, 61_999_999) : between(rnd, 10_000_000, 79_999_999);
        int check = weightedCheck(prefix + body);
        return prefix + body + (check == 10 ? 0 : check == 11 ? 1 : check);
    }

    /** Argentina's CUIT and Peru's RUC share weights 5,4,3,2,7,6,5,4,3,2; each maps the raw 10 and 11 its own way. */
    private static int weightedCheck(String tenDigits) {
        int[] weights = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (tenDigits.charAt(i) - '0') * weights[i];
        }
        return 11 - sum % 11;
    }

    private static String nit(long body) {
        int[] weights = {3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71};
        int sum = 0;
        int i = 0;
        for (long rest = body; rest > 0; rest /= 10) {
            sum += (int) (rest % 10) * weights[i++];
        }
        int remainder = sum % 11;
        return dotted(body) + "-" + (remainder > 1 ? 11 - remainder : remainder);
    }

    /** A Colombian cédula: 8 digits for older citizens, 10 digits starting 10 for younger ones. */
    private static long personalId(Random rnd) {
        return rnd.nextBoolean() ? between(rnd, 10_000_000, 99_999_999) : between(rnd, 1_000_000_000, 1_150_000_000);
    }

    private static String rfc(Party party, Random rnd) {
        LocalDate date = party.business()
                ? LocalDate.of(1995, 1, 1).plusDays(rnd.nextInt(29 * 365))
                : LocalDate.of(1960, 1, 1).plusDays(rnd.nextInt(40 * 365));
        String head = (party.business() ? companyLetters(party.base()) : personLetters(party))
                + date.format(YYMMDD)
                + HOMOCLAVE.charAt(rnd.nextInt(HOMOCLAVE.length()))
                + HOMOCLAVE.charAt(rnd.nextInt(HOMOCLAVE.length()));
        return head + rfcCheck(head);
    }

    private static String personLetters(Party party) {
        String surname = plain(party.surname()).toUpperCase(Locale.ROOT);
        String vowel = surname.substring(1).replaceAll("[^AEIOU]", "") + "X";
        String second = party.secondSurname() == null
                ? "X"
                : plain(party.secondSurname()).toUpperCase(Locale.ROOT);
        String[] given = plain(party.firstName()).toUpperCase(Locale.ROOT).split(" ");
        String first = given.length > 1 && Set.of("MARIA", "JOSE").contains(given[0]) ? given[1] : given[0];
        return "" + surname.charAt(0) + vowel.charAt(0) + second.charAt(0) + first.charAt(0);
    }

    private static String companyLetters(String base) {
        List<String> words = new ArrayList<>();
        for (String word : plain(base).toUpperCase(Locale.ROOT).split(" ")) {
            if (!RFC_STOPWORDS.contains(word)) {
                words.add(word);
            }
        }
        StringBuilder letters = new StringBuilder();
        words.stream().limit(3).forEach(word -> letters.append(word.charAt(0)));
        String last = words.get(words.size() - 1);
        for (int i = 1; letters.length() < 3; i++) {
            letters.append(last.charAt(i));
        }
        return letters.toString();
    }

    /** The SAT check character over the first 12 positions (companies are padded with a leading space). */
    private static char rfcCheck(String head) {
        String padded = head.length() == 11 ? " " + head : head;
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += RFC_VALUES.indexOf(padded.charAt(i)) * (13 - i);
        }
        int remainder = sum % 11;
        return remainder == 0 ? '0' : remainder == 1 ? 'A' : (char) ('0' + 11 - remainder);
    }

    private static String dotted(long number) {
        return String.format(Locale.ROOT, "%,d", number).replace(',', '.');
    }

    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static Profile profile(String block) {
        Map<String, List<String>> fields = new HashMap<>();
        for (String line : block.strip().split("\n")) {
            int colon = line.indexOf(':');
            List<String> values =
                    fields.computeIfAbsent(line.substring(0, colon).strip(), key -> new ArrayList<>());
            for (String value : line.substring(colon + 1).split(",")) {
                values.add(value.strip());
            }
        }
        return new Profile(
                List.copyOf(fields.get("mujeres")),
                List.copyOf(fields.get("hombres")),
                List.copyOf(fields.get("apellidos")),
                List.copyOf(fields.get("rubros")),
                List.copyOf(fields.get("lugares")),
                List.copyOf(fields.get("sufijos")));
    }

    private static List<PhonePlan> phonePlans(String table) {
        List<PhonePlan> plans = new ArrayList<>();
        for (String line : table.strip().replaceAll("\n +\\|", " |").split("\n")) {
            String[] columns = line.split("\\|");
            String[] head = columns[0].strip().split(" +");
            plans.add(new PhonePlan(
                    head[0],
                    Integer.parseInt(head[1]),
                    List.of(head[2].split(",")),
                    Integer.parseInt(head[3]),
                    head[4],
                    masks(columns[1]),
                    masks(columns[2])));
        }
        return List.copyOf(plans);
    }

    private static List<String> masks(String column) {
        return List.of(column.strip().split(" *; *"));
    }
}
