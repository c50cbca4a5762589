package edu.university.governance.records;

public record Department(String unionId, String departmentId, String name) {
}
