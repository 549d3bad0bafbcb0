/** Health checks: issues with a code, a severity, the figures and a suggested fix (drift, concentration, dividend safety, income, cash, losses, distributions). */
package io.perennial.check;
