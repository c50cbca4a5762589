package edu.university.governance.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The largest body /api reads into memory: refused by its length, or while a chunked body is read. */
class UploadLimitTest {

  static final long LIMIT = 2 * 1024 * 1024;

  @Test
  @DisplayName("A body whose Content-Length passes the limit: 413 with one Chinese sentence, never read, never passed on")
  void refusedByLength() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/students");
    request.setContent(new byte[(int) LIMIT + 1]);
    MockHttpServletResponse response = new MockHttpServletResponse();
    AtomicReference<Object> passed = new AtomicReference<>();
    new UploadLimit(LIMIT).doFilter(request, response, (req, res) -> passed.set(req));
    assertThat(passed.get()).isNull();
    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8))
        .contains("\"error\":\"PAYLOAD_TOO_LARGE\"", "上传内容不能超过 2 MB（本次 2.0 MB），未写入任何记录");
  }

  @Test
  @DisplayName("A body at the limit passes on unchanged; a chunked one (no length) is cut off as soon as it passes it")
  void chunked() throws Exception {
    MockHttpServletRequest exact = new MockHttpServletRequest("POST", "/api/students");
    exact.setContent(new byte[(int) LIMIT]);
    AtomicReference<HttpServletRequest> passed = new AtomicReference<>();
    new UploadLimit(LIMIT).doFilter(exact, new MockHttpServletResponse(), (req, res) -> passed.set((HttpServletRequest) req));
    assertThat(passed.get()).isSameAs(exact);

    MockHttpServletRequest chunked = new MockHttpServletRequest("POST", "/api/students") {
      @Override
      public long getContentLengthLong() {
        return -1;
      }

      @Override
      public jakarta.servlet.ServletInputStream getInputStream() {
        return new DelegatingServletInputStream(new ByteArrayInputStream(new byte[(int) LIMIT + 10]));
      }
    };
    new UploadLimit(LIMIT).doFilter(chunked, new MockHttpServletResponse(), (req, res) -> passed.set((HttpServletRequest) req));
    InputStream body = passed.get().getInputStream();
    assertThat(body.readNBytes((int) LIMIT)).hasSize((int) LIMIT);
    assertThatThrownBy(body::readAllBytes).isInstanceOf(UploadLimit.TooLarge.class)
        .hasMessage("上传内容不能超过 2 MB，未写入任何记录");
  }
}
