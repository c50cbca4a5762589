package edu.university.governance.records;

import edu.university.governance.rules.Post;
import java.time.LocalDate;

/**
 * One member of a union's roster: who holds which post, in which department, since when, for which term,
 * whether a misconduct investigation of the member is open (D3), and the day the member's signed self-discipline
 * convention was recorded as signed (D1; null when it never was).
 */
public record RosterEntry(long id, String unionId, String studentId, String name, Post post, String postName,
                          String departmentId, String departmentName, String term, LocalDate since,
                          boolean fromCollegeUnion, String source, boolean underInvestigation,
                          LocalDate conventionSignedAt) {
}
