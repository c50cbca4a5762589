package edu.university.governance;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class GovernanceApplication {

  public static void main(String[] args) {
    SpringApplication.run(GovernanceApplication.class, args);
  }
}
