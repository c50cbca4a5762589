package edu.university.governance.api;

import edu.university.governance.records.College;
import edu.university.governance.records.CollegeRepository;
import edu.university.governance.organisation.Organisation;
import edu.university.governance.security.ApiAuthenticationFilter;
import edu.university.governance.security.Caller;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/colleges")
public class CollegeController {

  public record NewCollege(String collegeId, String name, List<String> classIds) {
  }

  private final CollegeRepository colleges;
  private final Organisation organisation;

  public CollegeController(CollegeRepository colleges, Organisation organisation) {
    this.colleges = colleges;
    this.organisation = organisation;
  }

  @GetMapping
  public List<College> list() {
    return colleges.findAll();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public College create(@RequestAttribute(ApiAuthenticationFilter.CALLER) Caller caller, @RequestBody NewCollege body) {
    Access.requireAdmin(caller);
    return organisation.createCollege(body.collegeId(), body.name(), body.classIds());
  }
}
