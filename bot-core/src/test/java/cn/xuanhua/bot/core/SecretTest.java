package cn.xuanhua.bot.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretTest {

    @Test
    void neverPrintsItsValue() {
        Secret key = Secret.of("693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa");
        assertThat(key.toString()).doesNotContain("693a91f6").isEqualTo("Secret[******]");
        assertThat("" + key).doesNotContain("5aaa");
    }

    @Test
    void showsOnlyTheEdgesWhenMasked() {
        assertThat(Secret.of("693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa").masked()).isEqualTo("69******aa");
        assertThat(Secret.of("short").masked()).isEqualTo("******");
        assertThat(Secret.empty().masked()).isEmpty();
    }

    @Test
    void treatsBlankAsUnsetAndRefusesToRevealNothing() {
        assertThat(Secret.of("  ").isSet()).isFalse();
        assertThatThrownBy(() -> Secret.empty().reveal()).isInstanceOf(IllegalStateException.class);
        assertThat(Secret.of(" k-123456 ").reveal()).isEqualTo("k-123456");
    }
}
