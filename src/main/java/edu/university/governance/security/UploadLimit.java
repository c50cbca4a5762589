package edu.university.governance.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The largest request body /api takes (governance.upload.max-size, default 20 MB: a student import of the whole
 * university is a few MB). An import or a roster load is read whole into memory, so a larger body is refused before it
 * is read: 413 with one Chinese sentence when its Content-Length says so, and when it comes in chunks without a length,
 * as soon as it passes the limit ({@link TooLarge}, answered 413 by api/ApiErrors). Nothing is written either way.
 */
public class UploadLimit extends OncePerRequestFilter {

  /** A chunked body that went past the limit while it was read. */
  public static final class TooLarge extends IOException {
    public TooLarge(long limit) {
      super(message(limit, -1));
    }
  }

  private final long limit;

  public UploadLimit(long limit) {
    this.limit = limit;
  }

  /** "上传内容不能超过 20 MB（本次 25.0 MB），未写入任何记录". */
  public static String message(long limit, long size) {
    return "上传内容不能超过 " + megabytes(limit) + " MB" + (size < 0 ? "" : "（本次 " + megabytes(size) + " MB）")
        + "，未写入任何记录";
  }

  private static String megabytes(long bytes) {
    double mb = bytes / (1024.0 * 1024.0);
    return mb == Math.rint(mb) ? Long.toString((long) mb) : String.format(Locale.ROOT, "%.1f", mb);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long length = request.getContentLengthLong();
    if (length > limit) {
      response.setStatus(413);
      response.setContentType("application/json;charset=UTF-8");
      response.getOutputStream().write(("{\"status\":413,\"error\":\"PAYLOAD_TOO_LARGE\",\"message\":\""
          + message(limit, length) + "\"}").getBytes(StandardCharsets.UTF_8));
      return;
    }
    chain.doFilter(length >= 0 ? request : new Limited(request, limit), response);
  }

  /** A body without a length, counted as it is read. */
  private static final class Limited extends HttpServletRequestWrapper {

    private final long limit;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      ServletInputStream in = super.getInputStream();
      return new ServletInputStream() {
        private long read;

        @Override
        public int read() throws IOException {
          int b = in.read();
          count(b < 0 ? 0 : 1);
          return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int n = in.read(buffer, offset, length);
          count(Math.max(n, 0));
          return n;
        }

        private void count(int n) throws TooLarge {
          read += n;
          if (read > limit) {
            throw new TooLarge(limit);
          }
        }

        @Override
        public boolean isFinished() {
          return in.isFinished();
        }

        @Override
        public boolean isReady() {
          return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
          in.setReadListener(listener);
        }
      };
    }
  }
}
