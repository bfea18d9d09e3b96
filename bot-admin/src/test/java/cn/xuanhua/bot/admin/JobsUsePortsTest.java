package cn.xuanhua.bot.admin;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The background jobs (delivery, retries, the inbox and outbox workers, the archive and customer-group refreshes) work
 * through the core's ports only: which messenger carries a post and which database keeps a queue is the configuration's
 * choice (admin.config), so neither the WeCom adapter nor the MyBatis classes may appear in them.
 */
class JobsUsePortsTest {

    private final JavaClasses admin = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.xuanhua.bot.admin");

    @Test
    void jobsDependOnNeitherTheWeComAdapterNorThePersistenceClasses() {
        EvaluationResult result = noClasses().that().resideInAPackage("cn.xuanhua.bot.admin.jobs..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.xuanhua.bot.wecom..",
                        "cn.xuanhua.bot.admin.persistence..")
                .evaluate(admin);
        assertThat(admin.stream().map(c -> c.getPackageName()))
                .as("the rule has classes to judge").anyMatch(p -> p.startsWith("cn.xuanhua.bot.admin.jobs"));
        assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
    }
}
