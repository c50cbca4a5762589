package edu.university.governance.api;

import edu.university.governance.records.Clubs;
import edu.university.governance.security.ApiAuthenticationFilter;
import edu.university.governance.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Student clubs (Q12: the major ones must be represented at the congress); members come with the student import. */
@Tag(name = "社团 clubs", description = "学生社团（Q12：主要社团须在代表大会中有代表）")
@RestController
@RequestMapping("/api/clubs")
public class ClubController {

  private final Clubs clubs;

  public ClubController(Clubs clubs) {
    this.clubs = clubs;
  }

  @Operation(summary = "List the clubs")
  @GetMapping
  public List<Clubs.Club> list() {
    return clubs.findAll();
  }

  @Operation(summary = "Create or update clubs, keyed on clubId", description = "Administrators only; members come with the student import (clubIds).")
  @ApiResponse(responseCode = "200", description = "the clubs after the change")
  @ApiResponse(responseCode = "403", description = "仅限系统管理员（camunda-admin）")
  @PostMapping
  public List<Clubs.Club> upsert(@RequestAttribute(ApiAuthenticationFilter.CALLER) Caller caller,
                                 @RequestBody List<Clubs.Club> body) {
    Access.requireAdmin(caller);
    return clubs.upsert(body);
  }
}
