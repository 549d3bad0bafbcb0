package io.perennial.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.perennial.io.broker.BrokerFiles;
import io.perennial.io.broker.ReadOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kill -9 in the middle of a large import: {@code perennial import} runs as its own JVM and is
 * killed (SIGKILL, {@link Process#destroyForcibly()}) once its progress shows rows written but not
 * all; the store then holds what it held before (no partial rows), opens, and a re-run imports
 * every row once. On SQLite and on PostgreSQL.
 */
class ImportKillTest {

  static final int ROWS = 200_000;
  static final Pattern PROGRESS = Pattern.compile(": ([\\d,]+) of ([\\d,]+) rows");

  @TempDir Path dir;

  @Test
  void sqlite() throws Exception {
    killMidImportAndRerun(TestStores.sqlite(dir));
  }

  @Test
  void postgres() throws Exception {
    String url = TestStores.postgres();
    try {
      killMidImportAndRerun(url);
    } finally {
      TestStores.dropPostgres(url);
    }
  }

  void killMidImportAndRerun(String location) throws Exception {
    StoreLedger ledger = new StoreLedger(Store.open(location, true));
    Path small = dir.resolve("before.csv");
    Files.writeString(small, "Date,Account,Type,Symbol,Quantity,Amount\n2020-01-02,big,deposit,,,1000000\n2020-01-03,big,buy,AAA,10,100\n");
    ledger.importFiles(List.of(BrokerFiles.read(small, Optional.empty(), ReadOptions.none())), false, ImportProgress.none(),
        java.time.Instant.EPOCH);
    long before = ledger.count("transactions");
    long lotsBefore = ledger.count("lots");
    Path big = largeFile();

    Process process = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"), "io.perennial.cli.Main",
        "import", big.toString(), "--store", location).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    long killedAt = -1;
    try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = err.readLine()) != null) {
        Matcher m = PROGRESS.matcher(line);
        if (m.find()) {
          long done = Long.parseLong(m.group(1).replace(",", ""));
          long total = Long.parseLong(m.group(2).replace(",", ""));
          if (done > 0 && done < total) {
            killedAt = done;
            process.destroyForcibly();
            break;
          }
        }
      }
    }
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(killedAt).as("the import was killed while writing rows").isPositive();
    assertThat(process.exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);

    StoreLedger reopened = new StoreLedger(Store.open(location, false));
    assertThat(reopened.count("transactions")).as("no partial rows").isEqualTo(before);
    assertThat(reopened.count("imports")).isEqualTo(1);
    assertThat(reopened.count("lots")).isEqualTo(lotsBefore);

    ImportReport rerun = reopened.importFiles(List.of(BrokerFiles.read(big, Optional.empty(), ReadOptions.none())), false,
        ImportProgress.none(), java.time.Instant.EPOCH);
    assertThat(rerun.files().get(0).imported()).isEqualTo(ROWS);
    assertThat(rerun.files().get(0).duplicates()).isZero();
    assertThat(reopened.count("transactions")).isEqualTo(before + ROWS);
  }

  /** 200,000 dividends of one account on distinct days and amounts (all distinct rows). */
  Path largeFile() throws IOException {
    Path file = dir.resolve("large.csv");
    LocalDate start = LocalDate.of(2000, 1, 3);
    try (Writer out = Files.newBufferedWriter(file)) {
      out.write("Date,Account,Type,Symbol,Quantity,Amount,Character\n");
      for (int i = 0; i < ROWS; i++) {
        out.write(start.plusDays(i % 9000) + ",big,dividend,AAA,," + (1 + i / 9000) + "." + String.format("%02d", i % 100)
            + ",qualified-dividend\n");
      }
    }
    return file;
  }

  static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
