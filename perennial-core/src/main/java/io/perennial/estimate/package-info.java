/** Estimators chosen by type: expected returns, covariance (sample, exponential, Ledoit-Wolf), income yield, growth and cuts. */
package io.perennial.estimate;
