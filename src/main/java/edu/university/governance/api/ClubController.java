package edu.university.governance.api;

import edu.university.governance.records.Clubs;
import edu.university.governance.security.ApiAuthenticationFilter;
import edu.university.governance.security.Caller;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Student clubs (Q12: the major ones must be represented at the congress); members come with the student import. */
@RestController
@RequestMapping("/api/clubs")
public class ClubController {

  private final Clubs clubs;

  public ClubController(Clubs clubs) {
    this.clubs = clubs;
  }

  @GetMapping
  public List<Clubs.Club> list() {
    return clubs.findAll();
  }

  @PostMapping
  public List<Clubs.Club> upsert(@RequestAttribute(ApiAuthenticationFilter.CALLER) Caller caller,
                                 @RequestBody List<Clubs.Club> body) {
    Access.requireAdmin(caller);
    return clubs.upsert(body);
  }
}
