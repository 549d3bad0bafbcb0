/** Projections of income and wealth year by year: historical sequences, block bootstrap and parametric Monte Carlo over one simulation model (DESIGN §4); a projected year's exact tax as a piecewise-linear function ({@link io.perennial.project.YearTaxFunction}, rules indexed by {@link io.perennial.project.IndexedTaxRules}). */
package io.perennial.project;
