/** What an investor has and wants: assets, accounts, holdings, lots, transactions and the investor's profile. */
package io.perennial.domain;
