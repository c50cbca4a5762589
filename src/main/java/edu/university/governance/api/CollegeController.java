package edu.university.governance.api;

import edu.university.governance.records.College;
import edu.university.governance.records.CollegeRepository;
import edu.university.governance.organisation.Organisation;
import edu.university.governance.security.ApiAuthenticationFilter;
import edu.university.governance.security.Caller;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "学院 colleges")
@RestController
@RequestMapping("/api/colleges")
public class CollegeController {

  public record NewCollege(String collegeId, String name, List<String> classIds) {
  }

  /**
   * The college created; under profile ldap also the groups the directory must hold for it (created there by its
   * administrators: the service writes nothing to the directory), each flagged when it is there already.
   */
  public record CreatedCollege(String collegeId, String name, List<String> classIds,
                               @JsonInclude(JsonInclude.Include.NON_EMPTY) @Schema(description = "profile ldap only: the directory groups (cn) this college needs,"
                                   + " with their authorizations and start rights already in place")
                               List<Organisation.ExpectedGroup> directoryGroups) {
  }

  private final CollegeRepository colleges;
  private final Organisation organisation;

  public CollegeController(CollegeRepository colleges, Organisation organisation) {
    this.colleges = colleges;
    this.organisation = organisation;
  }

  @Operation(summary = "List the colleges with their classes")
  @GetMapping
  public List<College> list() {
    return colleges.findAll();
  }

  @Operation(summary = "Create a college", description = "Creates the college, its classes, its unions {c}-su and"
      + " {c}-gsu and all its groups with their authorizations and start rights. Administrators only. Under profile"
      + " ldap the groups are the directory's: the authorizations are created all the same, and the answer lists in"
      + " directoryGroups the groups the directory must hold.")
  @ApiResponse(responseCode = "201", description = "the college created")
  @ApiResponse(responseCode = "403", description = "仅限系统管理员（camunda-admin）")
  @ApiResponse(responseCode = "409", description = "the college or one of its classes exists already")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public CreatedCollege create(@RequestAttribute(ApiAuthenticationFilter.CALLER) Caller caller,
                               @RequestBody NewCollege body) {
    Access.requireAdmin(caller);
    College college = organisation.createCollege(body.collegeId(), body.name(), body.classIds());
    return new CreatedCollege(college.collegeId(), college.name(), college.classIds(),
        organisation.directoryGroups(college));
  }
}
