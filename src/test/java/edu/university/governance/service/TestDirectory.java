package edu.university.governance.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldif.LDIFReader;
import java.io.InputStream;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The in-memory directory (UnboundID) of the profile-ldap tests, loaded from src/test/resources/ldap/directory.ldif,
 * and the service configured against it ({@link DirectoryService}): LdapLoginIT and the browser suite's directory
 * login share it. The directory listens on a port fixed when it starts, so that a test can stop it and start it again
 * at the address the service knows.
 */
public final class TestDirectory {

  public static final String BASE = "dc=university,dc=edu";
  static final String MANAGER_DN = "cn=governance-service,ou=services," + BASE;
  static final String MANAGER_PASSWORD = "manager-secret";
  /** The directory account that administers the service (governance.admin.user). */
  public static final String ADMIN = "it-admin";

  /** The passwords of directory.ldif. */
  static final Map<String, String> PASSWORDS = Map.ofEntries(Map.entry(ADMIN, "admin-secret"),
      Map.entry("lilei", "league-pass"), Map.entry("hanmeimei", "party-pass"), Map.entry("zhoubei", "party2-pass"),
      Map.entry("wangxue", "affairs-pass"), Map.entry("zhaogang", "graduate-pass"), Map.entry("chentuan", "youth-pass"),
      Map.entry("liudang", "committee-pass"), Map.entry("sunwu", "library-pass"), Map.entry("qianliu", "nobody-pass"));

  /** Two eligible students of the college cs (class cs2301). */
  static final String STUDENTS = """
      studentId,name,collegeId,classId,major,grade,politicalStatus,majorRank,majorSize,failedCourses
      2023001,张伟,cs,cs2301,计算机科学与技术,2023,CYL_MEMBER,5,120,0
      2023002,李娜,cs,cs2301,计算机科学与技术,2023,CYL_MEMBER,6,120,0
      """;

  private static InMemoryDirectoryServer server;

  private TestDirectory() {
  }

  /**
   * The service on a fresh in-memory H2 under profile ldap against this directory, with the directory's it-admin as its
   * administrator and no local one.
   */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Inherited
  @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
  @ActiveProfiles("ldap")
  @ContextConfiguration(initializers = Url.class)
  @TestPropertySource(properties = {
      "spring.datasource.url=jdbc:h2:mem:ldap-it;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
      "governance.directory.base-dn=" + BASE,
      "governance.directory.manager-dn=" + MANAGER_DN,
      "governance.directory.manager-password=" + MANAGER_PASSWORD,
      // the administrator by CONTRACT.md's property (application-ldap.yaml passes it on to the directory settings)
      "governance.admin.user=" + ADMIN,
      // no local administrator: the directory's is the only one
      "governance.admin.password="})
  public @interface DirectoryService {
  }

  /** Starts the directory before the service and gives the service its address. */
  static final class Url implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
      TestPropertyValues.of("governance.directory.url=ldap://127.0.0.1:" + server().getListenPort()).applyTo(context);
    }
  }

  /** The directory, started on its first use (and stopped by the JVM's end: each IT class runs in a JVM of its own). */
  static synchronized InMemoryDirectoryServer server() {
    if (server == null) {
      try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        int port = probe.getLocalPort();
        probe.close();
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(),
            port, null));
        config.addAdditionalBindCredentials(MANAGER_DN, MANAGER_PASSWORD);
        config.setSchema(null);
        InMemoryDirectoryServer directory = new InMemoryDirectoryServer(config);
        try (InputStream ldif = TestDirectory.class.getResourceAsStream("/ldap/directory.ldif")) {
          directory.importFromLDIF(true, new LDIFReader(ldif));
        }
        directory.startListening();
        server = directory;
      } catch (Exception e) {
        throw new IllegalStateException("In-memory directory did not start: " + e, e);
      }
    }
    return server;
  }

  /** The directory stops answering: its listener closes, with the connections open to it. */
  static void stop() {
    server().shutDown(true);
  }

  /** The directory answers again, at the same address. */
  static void restart() {
    try {
      server().startListening();
    } catch (com.unboundid.ldap.sdk.LDAPException e) {
      throw new IllegalStateException("In-memory directory did not start again: " + e, e);
    }
  }

  /** A client sending each directory person's password (an unknown account sends "?"). */
  public static Http http(int port) {
    return new Http(port, TestDirectory::password);
  }

  public static String password(String user) {
    return PASSWORDS.getOrDefault(user, "?");
  }

  /**
   * As the directory's administrator: the college cs with its class cs2301 (its authorizations for the directory's
   * groups) and the two students. Returns the college's answer.
   */
  public static Http.Response organise(Http http) {
    var college = http.postJson(ADMIN, "/api/colleges",
        "{\"collegeId\":\"cs\",\"name\":\"计算机学院\",\"classIds\":[\"cs2301\"]}");
    assertThat(college.status()).as(college.body()).isEqualTo(201);
    var imported = http.post(ADMIN, "/api/students", "text/csv", STUDENTS.stripIndent());
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    return college;
  }
}
