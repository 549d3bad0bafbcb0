/** View models and the sentences every renderer shares — text, JSON, HTML: the engine's results turned into words, above {@code io.perennial.plan}. */
package io.perennial.report;
