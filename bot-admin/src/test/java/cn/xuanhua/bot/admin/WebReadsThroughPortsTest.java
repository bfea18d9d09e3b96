package cn.xuanhua.bot.admin;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console pages and the REST API read and edit through the core's ports, never through MyBatis rows, mappers or
 * query wrappers: a change of table or query then stays inside {@code persistence}, and what a page may show is
 * what the port hands out. A violation fails the test listing each offending dependency.
 */
class WebReadsThroughPortsTest {

    private final JavaClasses admin = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.xuanhua.bot.admin");

    @Test
    void webDoesNotDependOnPersistence() {
        EvaluationResult result = noClasses().that().resideInAPackage("cn.xuanhua.bot.admin.web..")
                .should().dependOnClassesThat().resideInAPackage("cn.xuanhua.bot.admin.persistence..")
                .evaluate(admin);
        assertThat(admin.stream().map(c -> c.getPackageName()))
                .as("the rule has classes to judge").anyMatch(p -> p.startsWith("cn.xuanhua.bot.admin.web"));
        assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
    }
}
