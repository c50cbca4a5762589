package edu.university.governance.organisation;

import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every group uses: "我的任务" (assigned to me), "我的组任务" (my groups' open tasks) and
 * "逾期任务" (issue 14: every open task past its due date that the user may read). The overdue filter names no group:
 * the engine's authorizations decide what each user sees in it, so the working office sees its own overdue tasks (its
 * candidate groups may read them) and the supervising office sees a task once process/OverdueTasks has escalated it
 * (a READ grant on that task); one filter serves every group, present and future, and a user in two groups.
 */
@Component
public class TasklistFilters {

  /** The name staff see in Tasklist's filter list. */
  public static final String OVERDUE = "逾期任务";

  private final FilterService filters;
  private final TaskService tasks;
  private final AccessPolicy access;

  public TasklistFilters(FilterService filters, TaskService tasks, AccessPolicy access) {
    this.filters = filters;
    this.tasks = tasks;
    this.access = access;
  }

  public void ensure() {
    ensure("我的任务", -10, "分配给我的任务", tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    ensure("我的组任务", -5, "我所在组可以认领的任务",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
    ensure(OVERDUE, 0, "已过截止日期、尚未办结的任务（本部门的，以及督办给本部门的）",
        tasks.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc());
  }

  private void ensure(String name, int priority, String description, TaskQuery query) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(name).setOwner(null).setQuery(query)
          .setProperties(Map.of("priority", priority, "description", description, "refresh", true));
      filters.saveFilter(filter);
    }
    access.shareFilter(filter.getId());
  }
}
