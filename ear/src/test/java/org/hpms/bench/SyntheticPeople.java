package org.hpms.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.hpms.patient.domain.Demographics;
import org.hpms.patient.domain.Sex;

/**
 * Made-up but realistically distributed patients for load tests: names drawn from common
 * Bangladeshi and international names (with diacritics), ages 0-95 weighted towards adults, local
 * mobile numbers, unique national ids. Deterministic for a given seed and index.
 */
final class SyntheticPeople {

    private static final String[] FEMALE = {"Ayesha", "Fatema", "Nusrat", "Sharmin", "Rokeya", "Nasrin", "Taslima",
        "Farhana", "Sadia", "Jannatul", "Sumaiya", "Tahmina", "Rehana", "Shirin", "Mitu", "Lipi", "Runa", "Salma",
        "Anika", "Tasnim", "Mariam", "Zoë", "Chloé", "Inés", "Søs", "Ana", "Maria", "Priya", "Ananya", "Mei"};
    private static final String[] MALE = {"Mohammad", "Abdul", "Rahim", "Karim", "Hasan", "Hossain", "Rafiq",
        "Jamal", "Kamal", "Sohel", "Imran", "Arif", "Tanvir", "Rakib", "Shakil", "Habib", "Nazmul", "Mahmud",
        "Faisal", "Rashed", "Sajid", "José", "François", "Søren", "Jürgen", "Ali", "Omar", "Rahul", "Arjun", "Wei"};
    private static final String[] FAMILY = {"Rahman", "Hossain", "Islam", "Ahmed", "Khan", "Akter", "Begum", "Uddin",
        "Chowdhury", "Sarker", "Miah", "Alam", "Talukder", "Sheikh", "Mollah", "Bhuiyan", "Das", "Saha", "Roy",
        "Dey", "Karim", "Haque", "Kabir", "Siddiqua", "Mahmud", "Núñez", "Lefèvre", "Kierkegaard", "Müller",
        "García", "Sharma", "Patel", "Chen", "Nguyen", "Smith", "O'Brien", "Jahan", "Sultana", "Parvin", "Biswas"};
    private static final String[] AREAS = {"Dhanmondi", "Gulshan", "Mirpur", "Uttara", "Mohammadpur", "Banani",
        "Motijheel", "Agrabad", "Zindabazar", "Shaheb Bazar", "Sonadanga", "Kotwali"};
    private static final String[] CITIES = {"Dhaka", "Chattogram", "Sylhet", "Rajshahi", "Khulna", "Barishal"};

    private final long seed;

    SyntheticPeople(long seed) {
        this.seed = seed;
    }

    Demographics person(long index, LocalDate today) {
        SplittableRandom random = new SplittableRandom(seed ^ (index * 0x9E3779B97F4A7C15L));
        Demographics person = new Demographics();
        boolean female = random.nextBoolean();
        person.setSex(female ? Sex.FEMALE : Sex.MALE);
        String[] given = female ? FEMALE : MALE;
        person.setGivenName(random.nextInt(5) == 0
                ? given[random.nextInt(given.length)] + " " + given[random.nextInt(given.length)]
                : given[random.nextInt(given.length)]);
        person.setFamilyName(FAMILY[random.nextInt(FAMILY.length)]);
        int age = random.nextInt(10) < 2 ? random.nextInt(18) : 18 + random.nextInt(78);
        person.setBirthDate(today.minusYears(age).minusDays(random.nextInt(365)));
        person.setPhone(phone(index));
        person.setNationalId(nationalId(index));
        person.setAddress("House " + (1 + random.nextInt(120)) + ", Road " + (1 + random.nextInt(40)) + ", "
                + AREAS[random.nextInt(AREAS.length)] + ", " + CITIES[random.nextInt(CITIES.length)]);
        return person;
    }

    /** Unique per index: operator prefix 013-019 and eight digits spread by a fixed odd multiplier. */
    static String phone(long index) {
        long spread = (index * 7_919L) % 100_000_000L;
        return "01" + (3 + index % 7) + String.format("%08d", spread);
    }

    /** Unique per index: a 13-digit id. */
    static String nationalId(long index) {
        return String.format("19%011d", (index * 104_729L) % 100_000_000_000L);
    }
}
