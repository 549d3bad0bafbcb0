/**
 * Real income assets held as they are: rental property (rent, vacancy, operating expenses, a
 * fixed-rate mortgage, NOI, cap rate, cash-on-cash, DSCR, depreciation, the passive-loss rule, a
 * sale with depreciation recapture), the house-price, rent and vacancy processes a projection
 * draws them from, and streams that decline or are paid for life (royalties, pensions, annuities).
 */
package io.perennial.realestate;
