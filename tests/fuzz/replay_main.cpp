/// Runs every file named on the command line through a fuzz target's
/// LLVMFuzzerTestOneInput once, each in a child process, so that a crash is
/// reported as a failure of that file (with its signal) rather than ending
/// the run: the corpus replay tests of the normal suite use it with g++,
/// where libFuzzer's own driver is not available.
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

/// The bytes of `path`, or false when it cannot be read.
bool read_file(const char* path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s FILE...\n", argv[0]);
    return 2;
  }
  int failures = 0;
  for (int i = 1; i < argc; ++i) {
    std::string input;
    if (!read_file(argv[i], input)) {
      std::fprintf(stderr, "%s: cannot read\n", argv[i]);
      return 2;
    }
    std::fflush(nullptr);
    const pid_t child = fork();
    if (child < 0) {
      std::perror("fork");
      return 2;
    }
    if (child == 0) {
      LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
      std::fflush(nullptr);
      _exit(0);
    }
    int status = 0;
    if (waitpid(child, &status, 0) < 0) {
      std::perror("waitpid");
      return 2;
    }
    if (WIFSIGNALED(status)) {
      std::fprintf(stderr, "%s: crashed (%s)\n", argv[i], strsignal(WTERMSIG(status)));
      ++failures;
    } else if (WEXITSTATUS(status) != 0) {
      std::fprintf(stderr, "%s: exited with status %d\n", argv[i], WEXITSTATUS(status));
      ++failures;
    } else {
      std::printf("%s: ok\n", argv[i]);
    }
  }
  return failures ? 1 : 0;
}
