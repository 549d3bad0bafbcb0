-- Perennial's store, version 1: accounts, assets, imports, transactions, reported positions and
-- cash, prices, lots rebuilt from the transactions, declared dividends.
-- ${decimal} is an exact decimal (PostgreSQL NUMERIC; SQLite TEXT holding the decimal's digits:
-- SQLite's own NUMERIC affinity would turn 0.1 into a binary float). ${date} is an ISO date
-- (PostgreSQL DATE; SQLite TEXT 'YYYY-MM-DD', which sorts as dates do).

CREATE TABLE accounts (
  id          VARCHAR(64)  NOT NULL PRIMARY KEY,
  name        VARCHAR(200) NOT NULL,
  type        VARCHAR(20)  NOT NULL CHECK (type IN ('taxable', 'tax-deferred', 'tax-free')),
  broker      VARCHAR(20)  NOT NULL,
  lot_method  VARCHAR(20)  NOT NULL DEFAULT 'fifo'
);

CREATE TABLE assets (
  id          VARCHAR(64)  NOT NULL PRIMARY KEY,
  name        VARCHAR(200) NOT NULL,
  kind        VARCHAR(20)  NOT NULL,
  lot_method  VARCHAR(20)
);

CREATE TABLE imports (
  id            BIGINT       NOT NULL PRIMARY KEY,
  file_name     VARCHAR(500) NOT NULL,
  format        VARCHAR(20)  NOT NULL,
  imported_at   VARCHAR(40)  NOT NULL,
  rows_imported INTEGER      NOT NULL,
  duplicates    INTEGER      NOT NULL,
  rejected      INTEGER      NOT NULL
);

CREATE TABLE transactions (
  id               BIGINT       NOT NULL PRIMARY KEY,
  hash             CHAR(64)     NOT NULL UNIQUE,
  import_id        BIGINT       NOT NULL REFERENCES imports (id),
  account_id       VARCHAR(64)  NOT NULL REFERENCES accounts (id),
  trade_date       ${date}      NOT NULL,
  type             VARCHAR(20)  NOT NULL CHECK (type IN ('buy', 'sell', 'dividend', 'interest', 'reinvestment',
                     'split', 'transfer-in', 'transfer-out', 'return-of-capital', 'foreign-tax', 'deposit',
                     'withdrawal', 'fee')),
  asset_id         VARCHAR(64)  REFERENCES assets (id),
  quantity         ${decimal}   NOT NULL,
  amount           ${decimal}   NOT NULL,
  currency         CHAR(3)      NOT NULL,
  income_character VARCHAR(30),
  description      VARCHAR(500) NOT NULL,
  source_line      INTEGER      NOT NULL
);
CREATE INDEX transactions_by_account ON transactions (account_id, trade_date, id);

CREATE TABLE positions (
  account_id   VARCHAR(64) NOT NULL REFERENCES accounts (id),
  asset_id     VARCHAR(64) NOT NULL REFERENCES assets (id),
  as_of        ${date}     NOT NULL,
  import_id    BIGINT      NOT NULL REFERENCES imports (id),
  quantity     ${decimal}  NOT NULL,
  price        ${decimal},
  market_value ${decimal},
  cost_basis   ${decimal},
  PRIMARY KEY (account_id, asset_id, as_of)
);

CREATE TABLE cash_balances (
  account_id  VARCHAR(64) NOT NULL REFERENCES accounts (id),
  as_of       ${date}     NOT NULL,
  source      VARCHAR(20) NOT NULL CHECK (source IN ('reported', 'derived')),
  amount      ${decimal}  NOT NULL,
  currency    CHAR(3)     NOT NULL,
  PRIMARY KEY (account_id, as_of, source)
);

CREATE TABLE prices (
  asset_id    VARCHAR(64) NOT NULL REFERENCES assets (id),
  as_of       ${date}     NOT NULL,
  source      VARCHAR(40) NOT NULL,
  price       ${decimal}  NOT NULL,
  PRIMARY KEY (asset_id, as_of, source)
);

CREATE TABLE lots (
  account_id  VARCHAR(64) NOT NULL REFERENCES accounts (id),
  asset_id    VARCHAR(64) NOT NULL REFERENCES assets (id),
  seq         INTEGER     NOT NULL,
  acquired    ${date}     NOT NULL,
  quantity    ${decimal}  NOT NULL,
  cost        ${decimal}  NOT NULL,
  PRIMARY KEY (account_id, asset_id, seq)
);

CREATE TABLE declared_dividends (
  asset_id          VARCHAR(64) NOT NULL REFERENCES assets (id),
  ex_date           ${date}     NOT NULL,
  pay_date          ${date}     NOT NULL,
  amount_per_share  ${decimal}  NOT NULL,
  PRIMARY KEY (asset_id, ex_date)
);
