/** Projections of income and wealth year by year: historical sequences, block bootstrap and parametric Monte Carlo over one simulation model (DESIGN §4). */
package io.perennial.project;
