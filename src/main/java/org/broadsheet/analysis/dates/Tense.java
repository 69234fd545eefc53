package org.broadsheet.analysis.dates;

/** Whether a time expression's clause talks about the past or the future, as far as nearby words tell. */
enum Tense { PAST, FUTURE, UNKNOWN }
