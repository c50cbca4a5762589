package edu.university.governance.records;

import edu.university.governance.rules.UnionLevel;

/** A union (学生组织): school-su, school-gsu, {college}-su, {college}-gsu. */
public record UnionRecord(String unionId, String name, UnionLevel level, String kind, String collegeId) {
}
