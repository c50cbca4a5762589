package edu.university.governance.api;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of /api at /v3/api-docs (springdoc; REST guide "OpenAPI"). Each controller method names
 * what it does and the refusals it has ({@code @Operation}, {@code @ApiResponse}); here every operation also gets
 * 401 and 500, 400 when it takes input, 413 when it takes a body, and every error answer the body {@link ApiError}.
 */
@Configuration
public class ApiDescription {

  static final String BASIC = "basicAuth";
  private static final String ERROR = "ApiError";

  @Bean
  public OpenAPI governanceApi() {
    Components components = new Components()
        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
            .description("Camunda 的用户名和密码（与 Tasklist 相同）"));
    ModelConverters.getInstance().read(ApiError.class).forEach(components::addSchemas);
    return new OpenAPI()
        .info(new Info().title("学生会治理流程服务 /api").version("1")
            .description("The service's own API: students, colleges, unions and their rosters, quotas, candidates and"
                + " reviews, clubs, each union's congress of a year (C1), the case files of procedures, and an online"
                + " backup of the H2 database. Starting procedures and completing tasks go"
                + " through Camunda's engine REST (/engine-rest, the other document of this page). Every request"
                + " needs HTTP Basic with a Camunda user; error answers carry the ApiError body."))
        .components(components)
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }

  @Bean
  public OperationCustomizer standardAnswers() {
    return (operation, handler) -> {
      ApiResponses responses = operation.getResponses();
      boolean takesInput = operation.getRequestBody() != null
          || operation.getParameters() != null && !operation.getParameters().isEmpty();
      if (takesInput) {
        responses.putIfAbsent("400", new ApiResponse().description("输入有误：字段、行号和规则见 field、rule、problems"));
      }
      if (operation.getRequestBody() != null) {
        responses.putIfAbsent("413", new ApiResponse().description("请求体超过 governance.upload.max-size（默认 20 MB）"));
      }
      responses.putIfAbsent("401", new ApiResponse().description("未登录，或用户名、密码不正确（HTTP Basic）"));
      responses.putIfAbsent("500", new ApiResponse().description("服务内部错误（已记录日志）"));
      responses.forEach((code, response) -> {
        if (code.startsWith("4") || code.startsWith("5")) {
          response.setContent(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
              new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ERROR))));
        }
      });
      return operation;
    };
  }
}
