package edu.university.governance.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The metric governance_refusals_total: each refusal counted under the rules its message cites, or "none". */
class RefusalCountingTest {

  @Test
  @DisplayName("Rule ids are read from the message: (P1.1) is P1, several rules each once, ids inside words are not rules")
  void ruleIds() {
    assertThat(RefusalLogging.ruleIds("启动被拒绝（P1.1）：候选人由其所在学院团组织推荐；学生 2023001 属于学院 cs"))
        .containsExactly("P1");
    assertThat(RefusalLogging.ruleIds("启动被拒绝：E2：专业排名 41/120；E3：有不及格课程；E2：再次")).containsExactly("E2", "E3");
    assertThat(RefusalLogging.ruleIds("“审核”：C2：代表须从班级团支部推荐的人选中选举；Q10 超出")).containsExactly("C2", "Q10");
    assertThat(RefusalLogging.ruleIds("班级 cs2301 与 ABC12、E123、XE2 不是规则")).containsExactly("none");
    assertThat(RefusalLogging.ruleIds("“审核”：不同意时必须填写意见（comment）")).containsExactly("none");
    assertThat(RefusalLogging.ruleIds(null)).containsExactly("none");
  }

  @Test
  @DisplayName("Counting: one increment per cited rule in the registry; nothing fails without a registry")
  void counts() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("registry", registry);
    RefusalLogging logging = new RefusalLogging(beans.getBeanProvider(MeterRegistry.class));
    logging.count("启动被拒绝（R1）：已经发起");
    logging.count("启动被拒绝（R1）：没有成员；E1：不是团员");
    logging.count("请填写学号");
    assertThat(registry.counter(RefusalLogging.REFUSALS, "rule", "R1").count()).isEqualTo(2.0);
    assertThat(registry.counter(RefusalLogging.REFUSALS, "rule", "E1").count()).isEqualTo(1.0);
    assertThat(registry.counter(RefusalLogging.REFUSALS, "rule", "none").count()).isEqualTo(1.0);

    new RefusalLogging(new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class)).count("启动被拒绝（R1）");
  }
}
