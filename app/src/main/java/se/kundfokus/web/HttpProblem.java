package se.kundfokus.web;

/**
 * A request that cannot be answered as asked, with the HTTP status and a message saying what was
 * wrong and what was expected. Pages show the message; the API returns it as {@code {"error": …}}.
 */
final class HttpProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  HttpProblem(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }

  static HttpProblem badRequest(String message) {
    return new HttpProblem(400, message);
  }

  static HttpProblem unauthorized(String message) {
    return new HttpProblem(401, message);
  }

  static HttpProblem forbidden(String message) {
    return new HttpProblem(403, message);
  }

  static HttpProblem notFound(String message) {
    return new HttpProblem(404, message);
  }

  static HttpProblem tooLarge(String message) {
    return new HttpProblem(413, message);
  }
}
