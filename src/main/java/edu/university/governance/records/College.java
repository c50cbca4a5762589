package edu.university.governance.records;

import java.util.List;

public record College(String collegeId, String name, List<String> classIds) {
}
