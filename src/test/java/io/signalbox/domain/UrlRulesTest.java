package io.signalbox.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlRulesTest {

    private static final String WARNING =
            "plain http: the payload and credentials travel unencrypted; use https outside this machine";

    @ParameterizedTest
    @ValueSource(strings = {
            "https://crm.example.com/hooks/whatsapp",
            "https://crm.example.com",
            "HTTPS://CRM.EXAMPLE.COM/Hook?tenant=ec&x=1#top",
            "http://crm.example.com:8080/hook",
            "https://192.0.2.10:8443/h",
            "https://[2001:db8::1]/h",
            "http://localhost:9000/hook",
            "https://xn--seal-6oa.example/h",
    })
    void absoluteHttpAndHttpsUrlsWithAHostAreAccepted(String url) {
        assertThat(UrlRules.check("url", url)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aMissingUrlIsAskedFor(String url) {
        assertThat(UrlRules.check("url", url)).extracting(Problem::message).containsExactly("enter the endpoint URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/x", "file:///etc/passwd", "mailto:ops@example.com", "ws://example.com/socket",
            "javascript:alert(1)", "crm.example.com/hooks", "/hooks/whatsapp", "example.com:8080"})
    void anyOtherSchemeOrARelativeUrlIsRefused(String url) {
        assertThat(UrlRules.check("url", url)).extracting(Problem::message).containsExactly("scheme must be http or https");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https:///hooks", "http:/hooks", "https:crm.example.com", "https://:8080/hook"})
    void aUrlWithoutAHostIsRefused(String url) {
        assertThat(UrlRules.check("url", url)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("url");
            assertThat(problem.message()).isEqualTo("the URL needs a host, such as https://crm.example.com/hook");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://crm.example.com:0/hook", "https://crm.example.com:65536/hook",
            "http://localhost:99999/", "https://crm.example.com:/hook", "https://https://crm.example.com/hook",
            "https://ftp://crm.example.com/hook"})
    void aPortOutsideOneTo65535OrASchemePastedTwiceIsRefused(String url) {
        assertThat(UrlRules.check("url", url)).extracting(Problem::message)
                .containsExactly("the port is a number from 1 to 65535");
        assertThat(UrlRules.check("url", "https://crm.example.com:65535/hook")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {" https://crm.example.com", "https://crm.example.com ", "https://crm.example.com/my hook",
            "https://crm.example.com/\thook", "https://crm.exa mple.com/"})
    void spacesAnywhereAreRefused(String url) {
        assertThat(UrlRules.check("url", url)).extracting(Problem::message).containsExactly("a URL cannot contain spaces");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user:pa55word@crm.example.com/hook", "https://user@crm.example.com/hook",
            "http://:secret@localhost/hook"})
    void credentialsInTheUrlAreRefusedWithoutRepeatingThem(String url) {
        assertThat(UrlRules.check("url", url)).singleElement().satisfies(problem -> {
            assertThat(problem.message()).isEqualTo("put credentials in the authentication settings, not in the URL");
            assertThat(problem.toString()).doesNotContain("pa55word").doesNotContain("secret");
        });
    }

    @Test
    void malformedUrlsPointAtTheCharacter() {
        assertThat(UrlRules.check("url", "https://crm.example.com/a|b")).extracting(Problem::message)
                .containsExactly("not a valid URL (look at character 26)");
    }

    @Test
    void aTooLongUrlIsRefused() {
        String base = "https://crm.example.com/";
        assertThat(UrlRules.check("url", base + "a".repeat(UrlRules.MAX_LENGTH - base.length()))).isEmpty();
        assertThat(UrlRules.check("url", base + "a".repeat(UrlRules.MAX_LENGTH - base.length() + 1)))
                .extracting(Problem::message).containsExactly("a URL has at most 2,048 characters");
    }

    @Test
    void theProblemCarriesTheFieldItWasCheckedFor() {
        assertThat(UrlRules.check("auth.tokenUrl", "ftp://x")).extracting(Problem::field).containsExactly("auth.tokenUrl");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://crm.example.com/hook", "HTTP://crm.example.com", "http://192.168.1.20:8080/h",
            "http://10.0.0.1/", "http://[2001:db8::1]/h", "http://127.example.com/h", "http://localhost.example.com/h",
            "http://128.0.0.1/h", "http://0.0.0.0/h"})
    void plainHttpToAnotherMachineIsAcceptedButWarnedAbout(String url) {
        assertThat(UrlRules.check("url", url)).isEmpty();
        assertThat(UrlRules.warning(url)).isEqualTo(WARNING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost/hook", "http://LOCALHOST:8080/", "http://127.0.0.1:9000/h",
            "http://127.1.2.3/", "http://[::1]:8080/hook", "http://[0:0:0:0:0:0:0:1]/", "http://app.localhost/h"})
    void plainHttpToThisMachineIsNotWarnedAbout(String url) {
        assertThat(UrlRules.check("url", url)).isEmpty();
        assertThat(UrlRules.warning(url)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"https://crm.example.com/hook", "https://localhost/", "ftp://example.com", "'not a url'"})
    void httpsAndInvalidUrlsHaveNoWarning(String url) {
        assertThat(UrlRules.warning(url)).isNull();
    }
}
