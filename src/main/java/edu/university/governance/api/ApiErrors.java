package edu.university.governance.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import edu.university.governance.records.RecordException;
import edu.university.governance.rules.RuleException;
import edu.university.governance.security.UploadLimit;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Translates refusals into HTTP: 400 bad input, 403, 404 unknown, 409 a rule or a conflict, 415 wrong content type. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
public class ApiErrors {

  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  @ExceptionHandler(RecordException.class)
  ResponseEntity<ApiError> refused(RecordException e) {
    HttpStatus status = switch (e.kind()) {
      case INVALID -> HttpStatus.BAD_REQUEST;
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case CONFLICT -> HttpStatus.CONFLICT;
      case FORBIDDEN -> HttpStatus.FORBIDDEN;
    };
    var first = e.problems().isEmpty() ? null : e.problems().get(0);
    return body(status, e.kind().name(), e.getMessage(), first == null ? null : first.field(),
        first == null ? null : first.rule(), e.problems().size() > 1 ? e.problems() : null);
  }

  @ExceptionHandler(RuleException.class)
  ResponseEntity<ApiError> ruleBroken(RuleException e) {
    return body(HttpStatus.CONFLICT, "RULE", e.getMessage(), null, e.violation().ruleId(), null);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof UploadLimit.TooLarge tooLarge) {
        return body(HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE", tooLarge.getMessage(), null, null, null);
      }
    }
    String field = null;
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      field = mapping.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining("."));
    }
    String message = field == null ? "请求体不是有效的 JSON，或与接口要求的结构不符"
        : "字段 " + field + " 的类型不对";
    return body(HttpStatus.BAD_REQUEST, "INVALID", message, field, null, null);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
    return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "不支持的内容类型 " + e.getContentType()
        + "，应为 " + e.getSupportedMediaTypes(), null, null, null);
  }

  @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
  ResponseEntity<ApiError> badParameter(Exception e) {
    return body(HttpStatus.BAD_REQUEST, "INVALID", "请求参数有误：" + e.getMessage(), null, null, null);
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException e) {
    return body(HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE", "无法按请求的 Accept 类型作答，本接口返回 "
        + e.getSupportedMediaTypes(), null, null, null);
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
    return body(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "不支持 " + e.getMethod() + " 请求", null, null, null);
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ApiError> noResource(NoResourceFoundException e) {
    return body(HttpStatus.NOT_FOUND, "NOT_FOUND", "没有这个接口：/" + e.getResourcePath(), null, null, null);
  }

  /** A value longer than its column that no check caught (SQL state 22001) is still the request's fault. */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ApiError> integrity(DataIntegrityViolationException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && "22001".equals(sql.getSQLState())) {
        LOG.info("Refused a value too long for its column: {}", sql.getMessage());
        return body(HttpStatus.BAD_REQUEST, "INVALID", "输入的某个值超过了允许的长度，请缩短后再提交", null, null, null);
      }
    }
    return fault(e);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ApiError> fault(Exception e) {
    LOG.error("Unexpected failure of an /api request", e);
    return body(HttpStatus.INTERNAL_SERVER_ERROR, "FAULT", "服务内部错误，已记录日志", null, null, null);
  }

  private static ResponseEntity<ApiError> body(HttpStatus status, String error, String message, String field, String rule,
                                               List<RecordException.Problem> problems) {
    // always JSON, whatever the request's Accept says (Accept: text/html made a refusal a 500)
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
        .body(new ApiError(status.value(), error, message, field, rule, problems));
  }
}
