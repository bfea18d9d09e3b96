package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.support.ProdProfileContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The groups, departments and staff API of docs/api.md, on the prod profile. */
@ExtendWith(OutputCaptureExtension.class)
class AdminApiIT extends ProdProfileContext {
    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"/api/groups", "/api/departments", "/api/staff", "/api/groups/coord"})
    void refusesEveryApiCallWithoutLogIn(String path) throws Exception {
        HttpResponse<String> response = anonymous().get(path);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json.readTree(response.body()).get("error").asText()).isEqualTo("unauthorized");
    }

    @Test
    void refusesAWrongPassword() {
        assertThat(isUnauthorized(anonymous().as("admin", "wrong").get("/api/groups"))).isTrue();
    }

    @Test
    void listsTheSeededGroupsWithTheirKindsAndLeadDepartments() throws Exception {
        JsonNode groups = json.readTree(admin().get("/api/groups").body());
        List<String> kinds = new ArrayList<>();
        groups.forEach(g -> kinds.add(g.get("kind").asText()));
        assertThat(kinds).filteredOn("TOWNSHIP"::equals).hasSize(21);
        assertThat(kinds).filteredOn("INDUSTRY"::equals).hasSize(8);
        assertThat(kinds).filteredOn("COORDINATION"::equals).hasSize(1);
        JsonNode startup = find(groups, "ind-startup");
        assertThat(startup.get("leadDepartmentCode").asText()).isEqualTo("approval");
        assertThat(startup.has("webhookKeySet")).isTrue();
        assertThat(startup.has("webhookKey")).isFalse();
    }

    @Test
    void bindsAGroupAndNeverShowsOrLogsItsWebhookKey(CapturedOutput output) throws Exception {
        String key = "5f1c0e2a-9b7d-4c11-8f00-secretkey001";
        HttpResponse<String> put = admin().putJson("/api/groups/tw-nanguan",
                "{\"chatId\":\"wrNanguan01\",\"webhookKey\":\"" + key + "\",\"ownerUserId\":\"owner.nanguan\"}");
        assertThat(put.statusCode()).isEqualTo(200);
        JsonNode group = json.readTree(put.body());
        assertThat(group.get("chatId").asText()).isEqualTo("wrNanguan01");
        assertThat(group.get("webhookKeySet").asBoolean()).isTrue();
        assertThat(group.get("ownerUserId").asText()).isEqualTo("owner.nanguan");
        assertThat(admin().get("/api/groups").body()).doesNotContain(key);
        assertThat(output.getAll()).doesNotContain(key);
    }

    @Test
    void rejectsAMalformedBindingAndChangesNothing() throws Exception {
        HttpResponse<String> put = admin().putJson("/api/groups/tw-shenjing", "{\"chatId\":\"bad chat id!\"}");
        assertThat(put.statusCode()).isEqualTo(400);
        assertThat(json.readTree(put.body()).get("error").asText()).isEqualTo("invalid_input");
        assertThat(find(json.readTree(admin().get("/api/groups").body()), "tw-shenjing").get("chatId").isNull()).isTrue();
    }

    @Test
    void answers404ForAnUnknownGroup() {
        assertThat(admin().putJson("/api/groups/nope", "{\"chatId\":\"x1\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void refusesAChatIdAlreadyBoundToAnotherGroup() {
        assertThat(admin().putJson("/api/groups/tw-guocun", "{\"chatId\":\"wrShared\"}").statusCode()).isEqualTo(200);
        assertThat(admin().putJson("/api/groups/tw-zhaochuan", "{\"chatId\":\"wrShared\"}").statusCode()).isEqualTo(409);
    }

    @Test
    void listsDepartmentsIncludingTheTownshipOffices() throws Exception {
        JsonNode departments = json.readTree(admin().get("/api/departments").body());
        assertThat(departments.size()).isGreaterThanOrEqualTo(18 + 21);
        assertThat(find(departments, "hrss").get("shortName").asText()).isEqualTo("人社局");
        assertThat(find(departments, "office-nanguan").get("kind").asText()).isEqualTo("TOWNSHIP");
    }

    @Test
    void registersStaffByDepartmentNameOrCodeAndListsThem() throws Exception {
        HttpResponse<String> created = admin().postJson("/api/staff",
                "{\"userId\":\"liu.hr\",\"name\":\"刘敏\",\"departmentCode\":\"人社局\",\"role\":\"STAFF\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json.readTree(created.body()).get("departmentCode").asText()).isEqualTo("hrss");
        JsonNode staff = json.readTree(admin().get("/api/staff").body());
        JsonNode liu = null;
        for (JsonNode s : staff) {
            if (s.get("userId").asText().equals("liu.hr")) {
                liu = s;
            }
        }
        assertThat(liu).isNotNull();
        assertThat(liu.get("role").asText()).isEqualTo("STAFF");
    }

    @Test
    void refusesADuplicateUserIdWith409() {
        String body = "{\"userId\":\"dup.user\",\"name\":\"赵强\",\"departmentCode\":\"tax\",\"role\":\"LEADER\"}";
        assertThat(admin().postJson("/api/staff", body).statusCode()).isEqualTo(201);
        HttpResponse<String> again = admin().postJson("/api/staff", body);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("\"error\":\"conflict\"");
    }

    @Test
    void refusesAnUnknownDepartmentWithAClearMessage() throws Exception {
        HttpResponse<String> response = admin().postJson("/api/staff",
                "{\"userId\":\"x.user\",\"name\":\"某人\",\"departmentCode\":\"外星局\",\"role\":\"STAFF\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("message").asText()).contains("未知的部门").contains("外星局");
        assertThat(admin().get("/api/staff").body()).doesNotContain("x.user");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"userId\":\"r.user\",\"name\":\"某人\",\"departmentCode\":\"tax\",\"role\":\"BOSS\"}",
            "{\"userId\":\"has space\",\"name\":\"某人\",\"departmentCode\":\"tax\",\"role\":\"STAFF\"}",
            "{\"userId\":\"n.user\",\"name\":\"\",\"departmentCode\":\"tax\",\"role\":\"STAFF\"}",
            "{not json",
            "[]"})
    void rejectsMalformedStaffWith400(String body) throws Exception {
        HttpResponse<String> response = admin().postJson("/api/staff", body);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("error").asText()).isEqualTo("invalid_input");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at cn.");
    }

    private static boolean isUnauthorized(HttpResponse<String> response) {
        return response.statusCode() == 401;
    }

    private static JsonNode find(JsonNode array, String code) {
        for (JsonNode n : array) {
            if (n.get("code").asText().equals(code)) {
                return n;
            }
        }
        throw new AssertionError("no " + code + " in " + array);
    }
}
