package io.perennial.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The help a new user reads first: the top-level list shows each command's first description
 * element, so that element must be whole sentences, and no element may be a line cut by hand in
 * the middle of a sentence (picocli wraps each element itself; hand-cut lines wrap twice).
 */
class HelpTextTest {

  /** An element ends a sentence: a full stop, question or exclamation mark, or a colon before a list. */
  private static final String SENTENCE_END = ".*[.?!:]\\)?$";

  private static Map<String, CommandLine> commands() {
    return new CommandLine(new Main()).getSubcommands();
  }

  @Test
  void everyCommandsSummaryInTheTopLevelHelpIsACompleteSentence() {
    List<String> cut = new ArrayList<>();
    commands().forEach((name, command) -> {
      String[] description = command.getCommandSpec().usageMessage().description();
      String[] header = command.getCommandSpec().usageMessage().header();
      String summary = header.length > 0 ? header[0] : description.length > 0 ? description[0] : "";
      if (!summary.strip().matches(SENTENCE_END)) {
        cut.add(name + ": " + summary);
      }
    });
    assertThat(cut).isEmpty();
  }

  @Test
  void noDescriptionElementEndsMidSentence() {
    List<String> cut = new ArrayList<>();
    commands().forEach((name, command) -> {
      for (String element : command.getCommandSpec().usageMessage().description()) {
        boolean example = element.startsWith("Example") || element.startsWith("  ");
        if (!element.isBlank() && !example && !element.replace("%n", "").strip().matches(SENTENCE_END)) {
          cut.add(name + ": " + element);
        }
      }
    });
    assertThat(cut).isEmpty();
  }

  @Test
  void theTopLevelListShowsWholeSentences() {
    String usage = new CommandLine(new Main()).getUsageMessage(CommandLine.Help.Ansi.OFF);
    String commandsSection = usage.substring(usage.indexOf("Commands:") + "Commands:".length());
    // An entry starts at two spaces and the name; its continuation lines are indented further.
    List<String> entries = new ArrayList<>();
    for (String line : commandsSection.strip().split("\\R")) {
      if (line.startsWith("  ") && !line.startsWith("   ") || entries.isEmpty()) {
        entries.add(line.strip());
      } else {
        entries.set(entries.size() - 1, entries.get(entries.size() - 1) + " " + line.strip());
      }
    }
    assertThat(entries).hasSizeGreaterThan(10).allSatisfy(entry -> assertThat(entry).matches(SENTENCE_END));
  }

  @Test
  void planHelpNamesTheRecommendationAndItsTrades() {
    String usage = commands().get("plan").getUsageMessage(CommandLine.Help.Ansi.OFF);
    assertThat(usage).contains("recommend").contains("trades");
  }
}
