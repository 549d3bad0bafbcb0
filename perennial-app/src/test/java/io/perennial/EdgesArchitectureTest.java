package io.perennial;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of the edges (DESIGN.md §1), checked on perennial-app's main classes: the CLI sits
 * on top (nothing imports it), picocli stays in the CLI, and the database libraries stay in
 * storage. The engine's own rules are in perennial-core's ArchitectureTest.
 */
class EdgesArchitectureTest {

  static final String[] EDGE_PACKAGES = {"io.perennial.cli", "io.perennial.io", "io.perennial.storage", "io.perennial.html"};

  private static JavaClasses app;

  @BeforeAll
  static void importApp() {
    app = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(EDGE_PACKAGES);
  }

  /** File formats, storage and the HTML report never import the CLI. */
  @Test
  void nothingImportsTheCli() {
    noClasses().that().resideOutsideOfPackage("io.perennial.cli..")
        .should().dependOnClassesThat().resideInAPackage("io.perennial.cli..")
        .check(app);
  }

  /** picocli is the CLI's alone. */
  @Test
  void onlyTheCliImportsPicocli() {
    noClasses().that().resideOutsideOfPackage("io.perennial.cli..")
        .should().dependOnClassesThat().resideInAPackage("picocli..")
        .check(app);
  }

  /** JDBC, the migrations and the database drivers are storage's alone. */
  @Test
  void onlyStorageImportsTheDatabase() {
    noClasses().that().resideOutsideOfPackage("io.perennial.storage..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "java.sql..", "javax.sql..", "org.flywaydb..", "org.sqlite..", "org.postgresql..")
        .check(app);
  }
}
