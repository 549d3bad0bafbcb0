/** US income tax: rules by year as data, the household tax calculator, after-tax income of a portfolio. */
package io.perennial.tax;
