package edu.university.governance.organisation;

import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/** The Tasklist filters every group uses: "我的任务" (assigned to me) and "我的组任务" (my groups' open tasks). */
@Component
public class TasklistFilters {

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
