package edu.university.governance.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.university.governance.records.RecordException.Problem;
import java.util.List;

/** The body of every 4xx/5xx answer of /api: a code, a message staff can read, and each problem with its field and rule. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(int status, String error, String message, String field, String rule, List<Problem> problems) {
}
