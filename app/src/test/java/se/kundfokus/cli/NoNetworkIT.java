package se.kundfokus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kundfokus makes no network call at run time: the whole demo (generate, import, analysis with
 * backtest, every output) runs in a child JVM under {@code strace}, which records every {@code
 * connect} system call of every thread, the JVM's and DuckDB's native code alike. Only local
 * sockets (Unix domain sockets, loopback) may appear; a DNS lookup or any other address fails the
 * test.
 *
 * <p>Needs Linux's {@code strace} ({@code .ci/run} installs it); without it the test is skipped,
 * unless {@code -Dkundfokus.requireStrace=true}, as in CI, makes that a failure.
 */
class NoNetworkIT {
  private static final Path JAR = Path.of("target", "kundfokus.jar");
  private static final Path STRACE = Path.of("/usr/bin/strace");

  /** One traced connect: its address family and the rest of the address. */
  private static final Pattern CONNECT =
      Pattern.compile("connect\\(\\d+, \\{sa_family=(AF_[A-Z0-9]+)(.*?)\\}");

  @TempDir Path dir;

  @Test
  void demoConnectsToNothingButLocalSockets() throws IOException, InterruptedException {
    boolean required = Boolean.getBoolean("kundfokus.requireStrace");
    if (!Files.isExecutable(STRACE)) {
      assertThat(required)
          .as("strace is required (-Dkundfokus.requireStrace=true) but %s is missing", STRACE)
          .isFalse();
      Assumptions.abort("strace is not installed; install Debian's strace to run this test");
    }
    assertThat(JAR).as("the runnable jar, built by package").exists();
    Path trace = dir.resolve("connect.trace");
    Path log = dir.resolve("demo.log");
    Process demo =
        new ProcessBuilder(
                List.of(
                    STRACE.toString(),
                    "-f",
                    "-qq",
                    "-e",
                    "trace=connect",
                    "-o",
                    trace.toString(),
                    "java",
                    "-jar",
                    JAR.toAbsolutePath().toString(),
                    "demo",
                    "--customers",
                    "300",
                    "--out",
                    dir.resolve("demo").toString()))
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    boolean finished = demo.waitFor(5, TimeUnit.MINUTES);
    if (!finished) {
      demo.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(finished).as("the demo finished within 5 minutes:%n%s", output).isTrue();
    if (demo.exitValue() != 0 && output.contains("ptrace")) {
      assertThat(required).as("strace cannot trace here:%n%s", output).isFalse();
      Assumptions.abort("strace is not permitted to trace here: " + output);
    }
    assertThat(demo.exitValue()).as("the demo's exit code:%n%s", output).isZero();

    String calls = Files.readString(trace, StandardCharsets.UTF_8);
    assertThat(calls).as("strace wrote its trace").isNotEmpty();
    assertThat(remoteConnects(calls)).as("connects to anything but a local socket").isEmpty();
  }

  @Test
  void theCheckSeesARemoteConnect() {
    String trace =
        """
        81 connect(4, {sa_family=AF_UNIX, sun_path="/var/run/nscd/socket"}, 110) = -1 ENOENT
        82 connect(7, {sa_family=AF_INET, sin_port=htons(8080), sin_addr=inet_addr("127.0.0.1")}, 16) = 0
        83 connect(7, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("10.0.0.53")}, 16) = 0
        84 connect(9, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, 28) = 0
        85 connect(9, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2a00:1450::1", &sin6_addr), sin6_scope_id=0}, 28) = 0
        """;
    assertThat(remoteConnects(trace))
        .containsExactly(
            "AF_INET, sin_port=htons(53), sin_addr=inet_addr(\"10.0.0.53\")",
            "AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6,"
                + " \"2a00:1450::1\", &sin6_addr), sin6_scope_id=0");
  }

  /** Every traced connect whose address is neither a Unix domain socket nor loopback. */
  static List<String> remoteConnects(String trace) {
    Matcher connect = CONNECT.matcher(trace);
    return connect
        .results()
        .filter(m -> !m.group(1).equals("AF_UNIX") && !isLoopback(m.group(2)))
        .map(m -> m.group(1) + m.group(2))
        .toList();
  }

  private static boolean isLoopback(String address) {
    return address.contains("inet_addr(\"127.") || address.contains("\"::1\"");
  }
}
