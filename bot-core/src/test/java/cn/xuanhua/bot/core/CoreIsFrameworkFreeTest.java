package cn.xuanhua.bot.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * bot-core holds the domain: it must not reach for Spring, MyBatis, WxJava, Jedis or servlet code, and its packages
 * form layers without a cycle (docs/architecture.md). Each rule's {@code check} asserts it, failing the build with the
 * offending dependencies listed.
 */
class CoreIsFrameworkFreeTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.xuanhua.bot.core");

    @Test
    void coreDependsOnNoFramework() {
        ArchRule rule = noClasses().that().resideInAPackage("cn.xuanhua.bot.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "com.baomidou..", "org.apache.ibatis..", "org.mybatis..",
                        "me.chanjar..", "com.github.binarywang..", "redis.clients..", "jakarta.servlet..",
                        "javax.servlet..", "com.fasterxml.jackson..", "org.slf4j..", "org.flywaydb..");
        rule.check(core);
    }

    @Test
    void corePackagesDependOnEachOtherWithoutACycle() {
        slices().matching("cn.xuanhua.bot.core.(*)..").should().beFreeOfCycles().check(core);
    }

    @Test
    void coreDoesNotDependOnOtherModules() {
        noClasses().that().resideInAPackage("cn.xuanhua.bot.core..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.xuanhua.bot.wecom..", "cn.xuanhua.bot.admin..")
                .check(core);
    }
}
