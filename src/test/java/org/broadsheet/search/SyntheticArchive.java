package org.broadsheet.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

/**
 * Generates news-like articles for scale measurements: Zipf-distributed words from a 50,000-word
 * pseudo-vocabulary mixed with English function words, 300-900 words per article, 1-4 places and
 * 0-4 people per article drawn from Zipf-distributed name lists and mentioned in the text, dates
 * over 25 years with 3% undated. Same seed, same archive.
 */
final class SyntheticArchive {
    private static final String[] SYLLABLES = {
        "ba", "ko", "ri", "tes", "mun", "al", "de", "fa", "gor", "hi", "jin", "ka", "lu", "mar", "ne", "os", "pi",
        "qua", "ros", "sa", "tu", "ven", "wa", "xi", "yal", "zo", "ber", "cal", "dor", "el", "fin", "gra", "hal", "ist",
        "jo", "kel", "lim", "mo", "nor", "par"
    };
    private static final String[] FUNCTION_WORDS = {
        "the", "of", "and", "to", "in", "a", "that", "said", "for", "on", "was", "with", "he", "it", "as", "at", "by",
        "from", "his", "have", "they", "were", "had", "been"
    };

    private final Random random;
    private final List<String> vocabulary = new ArrayList<>();
    private final List<String> places = new ArrayList<>();
    private final List<String> people = new ArrayList<>();
    private final double[] wordWeights;
    private final double[] placeWeights;
    private final double[] personWeights;

    SyntheticArchive(long seed) {
        random = new Random(seed);
        LinkedHashSet<String> words = new LinkedHashSet<>();
        for (String a : SYLLABLES) {
            for (String b : SYLLABLES) {
                words.add(a + b);
                for (String c : SYLLABLES) {
                    words.add(a + b + c);
                }
            }
        }
        List<String> all = new ArrayList<>(words);
        java.util.Collections.shuffle(all, random);
        vocabulary.addAll(all.subList(0, 50_000));
        for (int i = 0; i < 3_000; i++) {
            places.add(capitalise(all.get(50_000 + i)));
        }
        for (int i = 0; i < 8_000; i++) {
            people.add(capitalise(all.get(53_000 + i)) + " " + capitalise(all.get(53_000 + (i * 7919) % 8_000)) + "i");
        }
        wordWeights = zipf(vocabulary.size());
        placeWeights = zipf(places.size());
        personWeights = zipf(people.size());
    }

    /** The word of the given frequency rank (0 = most frequent), for picking queries. */
    String word(int rank) {
        return vocabulary.get(rank);
    }

    String place(int rank) {
        return places.get(rank);
    }

    String person(int rank) {
        return people.get(rank);
    }

    List<SearchDocument> articles(int count) {
        List<SearchDocument> articles = new ArrayList<>(count);
        LocalDate start = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < count; i++) {
            List<String> ownPlaces = pick(places, placeWeights, 1 + random.nextInt(4));
            List<String> ownPeople = pick(people, personWeights, random.nextInt(5));
            StringBuilder text = new StringBuilder();
            int length = 300 + random.nextInt(600);
            for (int w = 0; w < length; w++) {
                if (w > 0 && w % 20 == 0) {
                    text.append(". ");
                    if (w % 200 == 0) {
                        text.append('\n');
                    }
                }
                int roll = random.nextInt(100);
                if (roll < 40) {
                    text.append(FUNCTION_WORDS[random.nextInt(FUNCTION_WORDS.length)]);
                } else if (roll < 42 && !ownPlaces.isEmpty()) {
                    text.append(ownPlaces.get(random.nextInt(ownPlaces.size())));
                } else if (roll < 44 && !ownPeople.isEmpty()) {
                    text.append(ownPeople.get(random.nextInt(ownPeople.size())));
                } else {
                    text.append(vocabulary.get(sample(wordWeights)));
                }
                text.append(' ');
            }
            StringBuilder title = new StringBuilder(ownPlaces.get(0));
            for (int w = 0; w < 5; w++) {
                title.append(' ').append(vocabulary.get(sample(wordWeights)));
            }
            String date = random.nextInt(100) < 3
                    ? null
                    : start.plusDays(random.nextInt(25 * 365)).toString();
            articles.add(new SearchDocument(
                    "articles/a" + i + "/", title.toString(), date, "", text.toString(), ownPeople, ownPlaces));
        }
        return articles;
    }

    private List<String> pick(List<String> names, double[] weights, int count) {
        LinkedHashSet<String> picked = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            picked.add(names.get(sample(weights)));
        }
        return List.copyOf(picked);
    }

    /** Cumulative Zipf (s = 1) weights over ranks 1..n. */
    private static double[] zipf(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }

    private int sample(double[] cumulative) {
        int index = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(cumulative.length - 1, index >= 0 ? index : -index - 1);
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
