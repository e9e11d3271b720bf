#pragma once
// Running the real program from a test: start it with a chosen environment, wait with a deadline,
// or kill it at a chosen moment (kill -9 tests). Output goes to a file so nothing can block.

#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <sys/types.h>

namespace ta::test {

/// Environment changes: a value sets the variable, nullopt removes it.
using EnvChanges = std::map<std::string, std::optional<std::string>>;

struct ExitInfo {
    int status = -1;        // exit status, or 128 + signal number
    bool signaled = false;  // ended by a signal
    bool timedOut = false;  // killed by the deadline
};

class ChildProcess {
public:
    /// Starts argv[0] (a path) in `cwd`; stdout and stderr both go to `outputFile`. Throws
    /// std::runtime_error when it cannot be started.
    ChildProcess(const std::vector<std::string>& argv, const EnvChanges& env, const std::filesystem::path& cwd,
                 const std::filesystem::path& outputFile);
    ~ChildProcess();  // kills and reaps it if still running
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    pid_t pid() const { return m_pid; }
    void signal(int sig);
    /// Waits for the end, killing it (SIGKILL) after `timeout`.
    ExitInfo wait(std::chrono::milliseconds timeout);
    /// True once it has ended (reaps it).
    bool finished();

private:
    pid_t m_pid = -1;
    bool m_reaped = false;
    int m_wstatus = 0;
};

struct RunOutput {
    ExitInfo exit;
    std::string output;  // stdout and stderr, interleaved
};

/// Runs to the end (or the deadline) and returns the exit and the output.
RunOutput runToEnd(const std::vector<std::string>& argv, const EnvChanges& env, const std::filesystem::path& cwd,
                   std::chrono::milliseconds timeout);

std::string readWholeFile(const std::filesystem::path& path);

}  // namespace ta::test
