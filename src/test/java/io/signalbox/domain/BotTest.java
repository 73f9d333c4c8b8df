package io.signalbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BotTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" is stored as \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"  Ventas Ecuador  \"     | Ventas Ecuador",
            "\"\tVentas\n\"             | Ventas",
            "\"Ventas   Ecuador\"       | \"Ventas   Ecuador\"",
            "\"vEnTaS\"                 | vEnTaS",
            "\"  Señal \"\"Norte\"\" \" | Señal \"Norte\"",
    })
    void theNameIsTrimmedAtBothEndsAndOtherwiseKeptAsTyped(String typed, String stored) {
        assertThat(Bot.create(typed, null, null).name()).isEqualTo(stored);
    }

    @Test
    void noBreakAndZeroWidthSpacesPastedAroundANameAreTrimmedToo() {
        assertThat(Bot.create("\u00A0\u200BVentas\u00A0\uFEFF", "", "").name()).isEqualTo("Ventas");
        assertThat(Bot.create("Ventas\u00A0Ecuador", "", "").name()).isEqualTo("Ventas\u00A0Ecuador");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n", "\u00A0\u00A0", "\u200B"})
    void aBlankNameIsRefusedWithTheNameField(String typed) {
        assertThatThrownBy(() -> Bot.create(typed, "bot-1", ""))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("name: a bot needs a name")
                .extracting(e -> ((InvalidInputException) e).problems())
                .satisfies(problems -> assertThat(problems).extracting(Problem::field).containsExactly("name"));
    }

    @Test
    void aNameHasOneToTwoHundredCharactersCountedAfterTrimming() {
        assertThat(Bot.create("x", "", "").name()).isEqualTo("x");
        String longest = "n".repeat(Bot.MAX_NAME);
        assertThat(Bot.create("   " + longest + "   ", "", "").name()).isEqualTo(longest);
        assertThat(Bot.checkName(longest)).isEmpty();

        assertThat(Bot.checkName(longest + "n")).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("name"))
                .satisfies(p -> assertThat(p.message()).isEqualTo("a name has at most 200 characters (this one has 201)"));
        assertThatThrownBy(() -> Bot.create(longest + "n", "", "")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aNameWithAControlCharacterInsideIsRefused() {
        assertThat(Bot.checkName("Ventas\u0007Ecuador")).extracting(Problem::message)
                .containsExactly("contains a control character");
    }

    @Test
    void platformIdIsTrimmedAndOptionalAndDescriptionIsKeptAsTyped() {
        Bot bot = Bot.create("Ventas", "  bot-4821 ", "  two\nlines ");
        assertThat(bot.platformBotId()).isEqualTo("bot-4821");
        assertThat(bot.description()).isEqualTo("  two\nlines ");
        Bot bare = Bot.create("Ventas", null, null);
        assertThat(bare.platformBotId()).isEmpty();
        assertThat(bare.description()).isEmpty();
    }

    @Test
    void platformIdAndDescriptionHaveLimits() {
        assertThat(Bot.check("Ventas", "p".repeat(201), "")).extracting(Problem::field).containsExactly("platformBotId");
        assertThat(Bot.check("Ventas", "bot\u0000", "")).extracting(Problem::field).containsExactly("platformBotId");
        assertThat(Bot.check("Ventas", "", "d".repeat(4001))).extracting(Problem::field).containsExactly("description");
        assertThat(Bot.check("", "p".repeat(201), "d".repeat(4001))).extracting(Problem::field)
                .containsExactly("name", "platformBotId", "description");
        assertThat(Bot.check("Ventas", "p".repeat(200), "d".repeat(4000))).isEmpty();
    }

    @Test
    void anIdIsRequiredAndCreateGivesFreshOnes() {
        assertThatThrownBy(() -> new Bot(null, "Ventas", "", "")).isInstanceOf(NullPointerException.class);
        assertThat(Bot.create("A", "", "").id()).isNotEqualTo(Bot.create("A", "", "").id());
    }

    @Test
    void withNameKeepsTheIdAndAppliesTheSameRules() {
        Bot bot = Bot.create("Ventas", "bot-1", "d");
        Bot renamed = bot.withName("  Soporte ");
        assertThat(renamed).isEqualTo(new Bot(bot.id(), "Soporte", "bot-1", "d"));
        assertThatThrownBy(() -> bot.withName(" ")).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @CsvSource({"Ventas, VENTAS", "Ventas, ' ventas '", "Ñandú, ñANDÚ", "Σίσυφος, ΣΊΣΥΦΟΣ", "Straße, STRAẞE"})
    void namesThatDifferOnlyInCaseShareOneKey(String one, String other) {
        assertThat(Bot.nameKey(one)).isEqualTo(Bot.nameKey(other));
    }

    @Test
    void namesThatDifferInMoreThanCaseHaveDifferentKeys() {
        assertThat(Bot.nameKey("Ventas")).isNotEqualTo(Bot.nameKey("Ventas 2"));
        assertThat(Bot.nameKey("Ventas Ecuador")).isNotEqualTo(Bot.nameKey("VentasEcuador"));
    }

    @Test
    void theNameKeyIsNeverLongerThanTheName() {
        String name = "Straße " + "ß".repeat(193);
        assertThat(name).hasSize(Bot.MAX_NAME);
        assertThat(Bot.nameKey(name)).hasSize(Bot.MAX_NAME);
        assertThat(Bot.nameKey("ﬃ")).hasSize(1);
    }

    @Test
    void theTakenNameProblemNamesTheFieldAndTheName() {
        Problem problem = Bot.nameTaken("  Ventas ");
        assertThat(problem.field()).isEqualTo("name");
        assertThat(problem.message()).isEqualTo("another bot is already called \u201cVentas\u201d (names are compared ignoring case)");
    }

    @Test
    void searchMatchesNameOrPlatformIdIgnoringCase() {
        Bot bot = new Bot(UUID.randomUUID(), "Ventas Ecuador", "BOT-4821", "");
        assertThat(BotSearch.matches(bot, "ecua")).isTrue();
        assertThat(BotSearch.matches(bot, "  VENTAS ")).isTrue();
        assertThat(BotSearch.matches(bot, "bot-48")).isTrue();
        assertThat(BotSearch.matches(bot, "soporte")).isFalse();
        assertThat(BotSearch.matches(bot, "")).isTrue();
        assertThat(BotSearch.matches(bot, null)).isTrue();
    }
}
