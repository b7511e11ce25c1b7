package org.telerehab.portal.config;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The wording a clinic sets through environment variables (as README and deploy/ say) replaces the default. */
class StartBackWordingTest {

    private static StartBackWording wording(Map<String, String> env) throws Exception {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(
                        StartBackWordingTest.class.getResource("/application.properties"), 250))
                .withSources(new EnvConfigSource(env, 300))
                .withMapping(StartBackWording.class)
                .build();
        return config.getConfigMapping(StartBackWording.class);
    }

    @Test
    void theDefaultsAreTheCurrentWordingInTheToolsOrder() throws Exception {
        StartBackWording wording = wording(Map.of());
        assertThat(wording.agreeItems()).hasSize(8);
        assertThat(wording.agreeItems().get(0))
                .isEqualTo("My back pain has spread down my leg(s) at some time in the last 2 weeks");
        assertThat(wording.agreeItems().get(3))
                .isEqualTo("In the last 2 weeks, I have dressed more slowly than usual because of back pain");
        assertThat(wording.bothersomenessAnswers()).extracting(StartBackWording.Answer::code)
                .containsExactly("NOT_AT_ALL", "SLIGHTLY", "MODERATELY", "VERY_MUCH", "EXTREMELY");
        assertThat(wording.answers().veryMuch()).isEqualTo("Very much");
    }

    @Test
    void environmentVariablesOverrideTheWording() throws Exception {
        StartBackWording wording = wording(Map.of(
                "TELEREHAB_PORTAL_START_BACK_ITEM1", "Item one, as the clinic words it",
                "TELEREHAB_PORTAL_START_BACK_ANSWERS_VERY_MUCH", "A lot"));
        assertThat(wording.item1()).isEqualTo("Item one, as the clinic words it");
        assertThat(wording.answers().veryMuch()).isEqualTo("A lot");
        assertThat(wording.item2()).isEqualTo("I have had pain in the shoulder or neck at some time in the last 2 weeks");
    }
}
