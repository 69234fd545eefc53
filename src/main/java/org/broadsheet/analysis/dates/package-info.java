/**
 * Time expressions in news text, resolved to TimeML TIMEX3 values (the TempEval-3 conventions).
 *
 * <p>Public entry points: {@link org.broadsheet.analysis.dates.TimexFinder} (the annotator),
 * {@link org.broadsheet.analysis.dates.TimelineEvents} (the dated events of an article, for its timeline)
 * and {@link org.broadsheet.analysis.dates.Dateline} (the "BAGHDAD, Nov. 23 (Reuters) -" opening).
 *
 * <p>How it works:
 * <ol>
 *   <li>Rules ({@code CalendarRules}, {@code HolidayRules}, {@code PeriodRules}, {@code ClockRules},
 *       {@code AnaphoricRules}, {@code DeicticRules}, {@code DurationRules}) pair a regular expression built
 *       from {@code TimeWords} fragments with a reading that turns a match into a {@code Meaning}, or declines it
 *       when the context shows it is no time expression ("a 37-year-old", "about 2000 people").</li>
 *   <li>{@code RuleMatches} runs each rule only around its trigger words and keeps the leftmost-longest
 *       matches.</li>
 *   <li>{@code TimexFinder} resolves the matches in reading order through {@code Anchors}: the publication
 *       date (or the dateline's), the {@code Narrative} (previous dates, for "two days later") and the
 *       tense of the clause ({@code TenseCues}, for "Friday" and year-less dates).</li>
 * </ol>
 *
 * <p>To add a form: add a {@code Rule.of(type, triggers, regex, reading)} to the rules class of its kind and a
 * case to the matching spec file under {@code src/test/resources/specs/dates/}.
 */
package org.broadsheet.analysis.dates;
