package org.broadsheet.analysis.quotes;

import org.broadsheet.model.Span;

/** Who a quote is attributed to in the text: the mention the attribution hangs on and its cue's offset. */
record Attribution(Span mention, int cueStart) {}
